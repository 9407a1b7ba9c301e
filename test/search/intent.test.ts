import { describe, expect, it } from 'vitest';
import { asksCompanyFact, asksProductHowTo, questionIntents, versionIntent } from '../../src/search/index.js';

const intents = (question: string) => [...questionIntents(question).keys()];

describe('questionIntents', () => {
  describe('when the question asks who has access', () => {
    it('returns third-party sharing, not the visitor\'s access', () => {
      expect(intents('who has access to my data?')).toContain('third-party-sharing');
      expect(intents('who has access to my data?')).not.toContain('user-access');
    });
  });

  describe('when the question asks whether the visitor can access', () => {
    it('returns user access, not sharing', () => {
      expect(intents('can I access my data?')).toContain('user-access');
      expect(intents('can I access my data?')).not.toContain('third-party-sharing');
    });
  });

  describe('when the question has a known pattern', () => {
    it.each([
      ['how long do you keep my data?', 'data-retention'],
      ['you keep my informations how much time?', 'data-retention'],
      ['do you keep it forever', 'data-retention'],
      ['who do you share my data with?', 'third-party-sharing'],
      ['do you sell my data?', 'third-party-sharing'],
      ['do you give my info to third parties', 'third-party-sharing'],
      ['can I delete my account?', 'user-access'],
      ['how do I get a copy of my data', 'user-access'],
      ['what rights do I have?', 'user-access'],
      ['is my data secure?', 'data-security'],
      ['is my data encrypted?', 'data-security'],
      ['what happens if you get hacked', 'data-security'],
      ['what do you collect about me?', 'first-party-collection'],
      ['what do you know about me?', 'first-party-collection'],
      ['how do I opt out?', 'user-choice'],
      ['how do I unsubscribe', 'user-choice'],
      ['will you tell me if the policy changes?', 'policy-change'],
      ['when did this policy take effect', 'policy-change'],
      ['do you respond to do not track?', 'do-not-track'],
      ['do you collect data from kids?', 'specific-audiences'],
      ['does gdpr apply', 'specific-audiences'],
      ['how do I contact you?', 'other'],
    ])('returns %j as %s', (question, category) => {
      expect(intents(question)).toContain(category);
    });

    it('returns each category with weight 1', () => {
      expect([...questionIntents('how long do you keep my data?').values()].every((w) => w === 1)).toBe(true);
    });

    it('reads curly apostrophes and capitals as plain', () => {
      expect(intents('HOW LONG do you keep it?')).toContain('data-retention');
      expect(intents('what’s the way to opt out?')).toContain('user-choice');
    });
  });

  // Bug: the collection pattern "(do|does|will) (you|…|\w+) (collect|…|track|…)" reads "do not track"
  // as "do <someone> track", so a question about Do Not Track is also a collection question.
  describe('when the question is about Do Not Track', () => {
    it('returns do-not-track only', () => {
      expect(intents('do you respond to do not track?')).toEqual(['do-not-track']);
    });
  });

  describe('when the question is off topic', () => {
    it('returns no category', () => {
      expect(intents("what's the weather like today?")).toEqual([]);
      expect(intents('')).toEqual([]);
    });
  });
});

describe('versionIntent', () => {
  describe('when the question names a year', () => {
    it('returns the year', () => {
      expect(versionIntent('In the 2015 policy, what were cookies used for?')).toEqual({ kind: 'year', year: '2015' });
      expect(versionIntent('what changed in 2019')).toEqual({ kind: 'year', year: '2019' });
    });

    it('returns the first year when there are several', () => {
      expect(versionIntent('from 2015 to 2019')).toEqual({ kind: 'year', year: '2015' });
    });
  });

  describe('when the question names an older version', () => {
    it.each([
      'what did the old policy say about cookies?',
      'what did the previous version say',
      'in the original policy',
      'the earlier privacy statement',
      'what it used to say about cookies',
    ])('returns older for %j', (question) => {
      expect(versionIntent(question)).toEqual({ kind: 'older' });
    });
  });

  describe('when the question names the current version', () => {
    it.each(['what does the current policy say about cookies', 'the latest version', 'the new privacy policy'])('returns newest for %j', (question) => {
      expect(versionIntent(question)).toEqual({ kind: 'newest' });
    });
  });

  describe('when the question names no version', () => {
    it('returns any', () => {
      expect(versionIntent('do you use cookies?')).toEqual({ kind: 'any' });
      expect(versionIntent('')).toEqual({ kind: 'any' });
    });

    it('does not take a number of another length for a year', () => {
      expect(versionIntent('children under 13 or 16')).toEqual({ kind: 'any' });
      expect(versionIntent('section 1798.83')).toEqual({ kind: 'any' });
    });
  });
});

describe('asksProductHowTo', () => {
  it.each(['how do I add agents to my helpdesk?', 'Can I install Kayako on my own server instead of using the cloud?', 'how to set up SLA rules', 'how can we connect it to slack'])(
    'reads %j as a how-to about the product',
    (question) => {
      expect(asksProductHowTo(question)).toBe(true);
    },
  );

  it.each(['how do I switch off telemetry?', 'how do I delete my account', 'can I export my data', 'how do I opt out of emails', 'how do i contact your dpo', 'do you install cookies?'])(
    'does not read %j as one',
    (question) => {
      expect(asksProductHowTo(question)).toBe(false);
    },
  );
});

describe('asksCompanyFact', () => {
  it.each(['who founded kayako?', 'what year was kayako started', 'is kayako hiring', 'is kayako a publicly traded company', "what's your annual revenue", 'who is the ceo of github'])(
    'reads %j as a question about the company',
    (question) => {
      expect(asksCompanyFact(question)).toBe(true);
    },
  );

  it.each(['I just found out my kid gave you her email', 'do you share my data with investors before an IPO?', 'what date does the original policy say it started', 'do you store my job title'])(
    'does not read %j as one',
    (question) => {
      expect(asksCompanyFact(question)).toBe(false);
    },
  );
});
