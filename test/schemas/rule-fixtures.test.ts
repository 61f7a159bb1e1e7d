/** Every schema rule with a fixtures/schemas/<id>/ mini repo: the exact findings of `evt lint` on it. */
import { describeRuleCases, fixtureCases } from '../rule-tester.js';

describeRuleCases('schemas', fixtureCases('schemas'));
