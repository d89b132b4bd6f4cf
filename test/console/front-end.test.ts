import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeNext, signInPath } from '../../console/src/app/navigation.js';
import { emailList, textToHtml } from '../../console/src/pages/issue/compose-html.js';

test('what an agent types is sent as text, never as markup', () => {
  assert.equal(
    textToHtml('<script>alert(1)</script> & "x"'),
    '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>',
  );
  assert.equal(textToHtml('Hi Ada,\nthanks.\n\n\nBye'), '<p>Hi Ada,<br>thanks.</p><p>Bye</p>');
  assert.deepEqual(emailList(' a@x.test, b@x.test;c@x.test  '), ['a@x.test', 'b@x.test', 'c@x.test']);
});

test('sign-in leads back only to a page of this site', () => {
  assert.equal(signInPath('/issues/1?x=2'), '/sign-in?next=%2Fissues%2F1%3Fx%3D2');
  assert.equal(safeNext('/issues/1?x=2'), '/issues/1?x=2');
  for (const next of [
    null,
    '',
    'https://evil.test/',
    '//evil.test/x',
    '/\\evil.test',
    'javascript:alert(1)',
    '/sign-in',
  ]) {
    assert.equal(safeNext(next), '/inbox/unassigned', String(next));
  }
});
