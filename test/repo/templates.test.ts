import { describe, expect, it } from 'vitest';
import { compileTemplate, matchTemplate, templateGlob } from '../../src/repo/templates.js';

describe('path templates', () => {
  it.each([
    [
      'contracts/{contract}/schema/payloads/{event}-v{version}.json',
      'contracts/lock/schema/payloads/credit.released-v2.json',
      { event: 'credit.released', version: '2' },
    ],
    [
      'contracts/{contract}/schema/payloads/{event}-v{version}.json',
      'contracts/lock/schema/payloads/credit.released-v2.yaml',
      { event: 'credit.released', version: '2' },
    ],
    [
      'schemas/{event}.schema.json',
      'schemas/payment.completed.schema.json',
      { event: 'payment.completed', version: undefined },
    ],
    [
      'events/{aggregate}/{action}.schema.json',
      'events/payment/completed.schema.json',
      { event: 'payment.completed', version: undefined },
    ],
    [
      'events/{area}/{action}/{state}/v{version}.json',
      'events/task/deal/confirmed/v3.json',
      { event: 'task.deal.confirmed', version: '3' },
    ],
    ['{**}/{event}-v{version}.json', 'a/b/c/x.y-v1.json', { event: 'x.y', version: '1' }],
    ['{**}/{event}-v{version}.json', 'x.y-v10.json', { event: 'x.y', version: '10' }],
    ['schemas/{event}/{version}.json', 'schemas/a.b/1-0-2.json', { event: 'a.b', version: '1-0-2' }],
    ['schemas/{event}/{version}.json', 'schemas/a.b/1.2.0.json', { event: 'a.b', version: '1.2.0' }],
  ])('%s matches %s', (template, file, expected) => {
    expect(matchTemplate(compileTemplate(template), file)).toEqual(expected);
  });

  it.each([
    ['schemas/{event}.schema.json', 'schemas/nested/a.b.schema.json'],
    ['schemas/{event}.schema.json', 'schemas/a.b.json'],
    ['contracts/{contract}/schema/payloads/{event}-v{version}.json', 'contracts/x/schema/payloads/a.b.json'],
  ])('%s does not match %s', (template, file) => {
    expect(matchTemplate(compileTemplate(template), file)).toBeUndefined();
  });

  it.each([
    ['schemas/{event}.schema.json', 'schemas/*.schema.{json,yaml,yml}'],
    ['{**}/{event}-v{version}.json', '**/*-v*.{json,yaml,yml}'],
    ['events/{aggregate}/{action}.schema.yaml', 'events/*/*.schema.yaml'],
  ])('glob of %s is %s', (template, glob) => {
    expect(templateGlob(template)).toBe(glob);
  });
});
