import { describe, expect, it } from 'vitest';
import { isPastTense, suggestPastTense } from '../../src/names/past-tense.js';

// [segment, is past tense, suggestion when it is not (undefined: evt does not guess)]
const TABLE: Array<[string, boolean, string?]> = [
  // regular -ed, including compounds judged by their verb word
  ['completed', true],
  ['created', true],
  ['cancelled', true],
  ['canceled', true],
  ['verified', true],
  ['shipped', true],
  ['topped_up', true],
  ['handed_off', true],
  ['checked_in', true],
  ['no_showed', true],
  ['logged_in', true],
  ['kyc_verified', true],
  ['stage_changed', true],
  ['agreed', true],
  ['guaranteed', true],
  // irregular participles and simple pasts
  ['sent', true],
  ['paid', true],
  ['built', true],
  ['won', true],
  ['held', true],
  ['bought', true],
  ['sold', true],
  ['began', true],
  ['begun', true],
  ['chosen', true],
  ['done', true],
  ['drawn', true],
  ['given', true],
  ['known', true],
  ['lost', true],
  ['made', true],
  ['met', true],
  ['read', true],
  ['run', true],
  ['seen', true],
  ['set', true],
  ['shown', true],
  ['split', true],
  ['spent', true],
  ['taken', true],
  ['thrown', true],
  ['withdrawn', true],
  ['written', true],
  ['fed', true],
  ['led', true],
  ['reset', true],
  ['prepaid', true],
  ['rebuilt', true],
  ['undone', true],
  // -ed words that are not past tense
  ['bed', false, undefined],
  ['hundred', false, undefined],
  ['seed', false, 'seeded'],
  ['need', false, 'needed'],
  ['speed', false, 'sped'],
  ['feed', false, 'fed'],
  ['proceed', false, 'proceeded'],
  ['embed', false, 'embedded'],
  // present tense with suggestions
  ['login', false, 'logged_in'],
  ['logout', false, 'logged_out'],
  ['signup', false, 'signed_up'],
  ['handoff', false, 'handed_off'],
  ['log_in', false, 'logged_in'],
  ['check_in', false, 'checked_in'],
  ['no_show', false, 'no_showed'],
  ['sign_up', false, 'signed_up'],
  ['create', false, 'created'],
  ['complete', false, 'completed'],
  ['submit', false, 'submitted'],
  ['commit', false, 'committed'],
  ['transfer', false, 'transferred'],
  ['pay', false, 'paid'],
  ['send', false, 'sent'],
  ['hold', false, 'held'],
  ['withdraw', false, 'withdrawn'],
  ['resend', false, 'resent'],
  ['stop', false, 'stopped'],
  ['ship', false, 'shipped'],
  ['unpin', false, 'unpinned'],
  ['apply', false, 'applied'],
  ['verify', false, 'verified'],
  ['play', false, 'played'],
  ['open', false, 'opened'],
  ['visit', false, 'visited'],
  ['fix', false, 'fixed'],
  ['ping', false, 'pinged'],
  ['sync', false, 'synced'],
  ['panic', false, 'panicked'],
  ['cancel', false, 'cancelled'],
  ['approve', false, 'approved'],
  ['payment_confirm', false, 'payment_confirmed'],
  ['increment', false, 'incremented'],
  // -ing forms
  ['refunding', false, 'refunded'],
  ['shipping', false, 'shipped'],
  ['creating', false, 'created'],
  ['paying', false, 'paid'],
  ['running', false, 'run'],
  ['writing', false, 'written'],
  ['applying', false, 'applied'],
  // nouns standing for an event
  ['creation', false, 'created'],
  ['approval', false, 'approved'],
  ['cancellation', false, 'cancelled'],
  // evt does not guess
  ['pending', false, undefined],
  ['status', false, undefined],
  ['payment', false, undefined],
  ['in', false, undefined],
];

describe('isPastTense / suggestPastTense', () => {
  it.each(TABLE)('%s', (segment, past, suggestion) => {
    expect(isPastTense(segment)).toBe(past);
    if (!past) expect(suggestPastTense(segment)).toBe(suggestion);
  });

  it('has a table of at least 60 words', () => expect(TABLE.length).toBeGreaterThanOrEqual(60));

  it('accepts words from naming.pastTenseAllow, as whole segments or verb words', () => {
    expect(isPastTense('login', ['login'])).toBe(true);
    expect(isPastTense('user_ping', ['PING'])).toBe(true);
    expect(isPastTense('ping', ['pong'])).toBe(false);
  });

  it('judges camelCase segments by their words', () => {
    expect(isPastTense('handedOff')).toBe(true);
    expect(suggestPastTense('checkIn')).toBe('checked_in');
  });
});

describe('the verb inside a multi-word segment', () => {
  it.each(['closed_by_user', 'added_to_repository', 'converted_to_draft', 'appeared_in_branch', 'requested_action'])(
    '%s is past tense',
    (segment) => {
      expect(isPastTense(segment)).toBe(true);
    },
  );
  it.each(['close_by_user', 'add_to_repository', 'user_login', 'convert_to_draft'])('%s is not', (segment) => {
    expect(isPastTense(segment)).toBe(false);
  });
});
