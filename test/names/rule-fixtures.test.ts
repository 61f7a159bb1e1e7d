/** Every name rule over its fixtures/names/<id>/ mini repo: the exact findings of `evt lint`. */
import { describeRuleCases, fixtureCases } from '../rule-tester.js';

describeRuleCases('names', fixtureCases('names'));
