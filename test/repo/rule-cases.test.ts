/** Every repo rule over its fixtures/repo/<id>/ mini repo or its table case: the exact findings of `evt lint`. */
import { casesOf, describeRuleCases } from '../rule-tester.js';
import { REPO_CASES } from './rule-cases.js';

describeRuleCases('repo', casesOf('repo', REPO_CASES));
