// Runs the site's own search code (themes/default/assets/search.js with the vendored MiniSearch) over a built
// search-index.json. The xunit test JsSearchTests builds the site and passes the index as SEARCH_INDEX;
// by hand: SEARCH_INDEX=output/search-index.json node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const search = require(fileURLToPath(new URL('../../themes/default/assets/search.js', import.meta.url)));
const indexPath = process.env.SEARCH_INDEX ?? fileURLToPath(new URL('../../output/search-index.json', import.meta.url));
const data = JSON.parse(readFileSync(indexPath, 'utf8'));
const index = search.createIndex(data);
const ids = (query) => search.search(index, data, query).map((hit) => hit.id);

test('思维链 finds the chain-of-thought papers', () => {
  const found = ids('思维链');
  for (const id of ['chain-of-thought', 'zero-shot-reasoners', 'multimodal-cot']) assert.ok(found.includes(id), `${id} not in ${found}`);
  assert.ok(!found.includes('ddpm'));
});

test('扩散 finds the diffusion papers', () => {
  const found = ids('扩散');
  for (const id of ['ddpm', 'latent-diffusion', 'guided-diffusion', 'dalle-2']) assert.ok(found.includes(id), `${id} not in ${found}`);
  assert.ok(!found.includes('chain-of-thought'));
});

test('rlhf finds the RLHF papers, InstructGPT among the first', () => {
  const found = ids('rlhf');
  for (const id of ['instructgpt', 'rlhf-human-preferences', 'fine-tuning-from-human-preferences']) assert.ok(found.includes(id), `${id} not in ${found}`);
  assert.ok(found.indexOf('instructgpt') < 10);
});

test('lora puts the LoRA paper first', () => {
  assert.equal(ids('lora')[0], 'lora');
  assert.equal(ids('LoRA')[0], 'lora');
});

test('an English title word finds the paper by prefix as you type', () => {
  assert.ok(ids('attent').includes('transformer'));
  assert.ok(ids('chain of thought').includes('chain-of-thought'));
});

test('a Chinese title finds its paper', () => {
  const transformer = data.papers.find((p) => p.id === 'transformer');
  assert.ok(ids(transformer.title.zh).includes('transformer'));
});

test('Han text is indexed as characters and bigrams, queried as bigrams', () => {
  assert.deepEqual(search.queryTokens('思维链 CoT'), ['思维', '维链', 'cot']);
  assert.deepEqual(search.indexTokens('思维链'), ['思', '思维', '维', '维链', '链']);
  assert.deepEqual(search.queryTokens('链'), ['链']);
  assert.deepEqual(search.queryTokens('ＧＰＴ-4'), ['gpt', '4']);
});

test('a query of punctuation alone finds nothing and does not throw', () => {
  assert.deepEqual(ids('  ，。!? '), []);
});

test('every paper has a URL in both languages', () => {
  for (const p of data.papers) {
    assert.equal(p.url.en, `en/papers/${p.id}/`);
    assert.equal(p.url.zh, `zh/papers/${p.id}/`);
  }
});
