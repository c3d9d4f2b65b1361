'use strict';
// Opens every NAME.msg of a corpus folder with @kenjiuno/msgreader and compares what it reports
// with NAME.expected.json (see README.md). When the expected file names an "original" (a real file
// we read and wrote back out), the original is opened too and msgreader must report the same
// subject, body, attachments and recipients for both. Usage: node check_msgreader.js CORPUS_DIR
const fs = require('fs');
const path = require('path');
const MsgReader = require('@kenjiuno/msgreader').default;
const iconv = require(require.resolve('iconv-lite', { paths: [path.dirname(require.resolve('@kenjiuno/msgreader'))] }));

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.msg')).sort();
let passed = 0;
let failed = 0;
let originals = 0;

// msgreader decodes PtypString8 byte per character unless told the encoding (parserConfig.ansiEncoding,
// an iconv-lite name); expected.json gives the code page our reader assigned to those values.
// Returns null when iconv-lite has no such encoding (the ISO-2022 family, for one).
function ansiEncoding(codePage) {
  if (codePage === undefined || codePage === null) return undefined;
  const names = { 65001: 'utf8', 20127: 'ascii', 1200: 'utf16le', 932: 'shift_jis', 936: 'gbk', 950: 'big5' };
  const name = names[codePage] || (codePage >= 28591 && codePage <= 28599 ? `iso-8859-${codePage - 28590}` : `cp${codePage}`);
  return iconv.encodingExists(name) ? name : null;
}

function read(file, codePage) {
  const r = new MsgReader(fs.readFileSync(file));
  r.parserConfig = { includeRawProps: true, ansiEncoding: ansiEncoding(codePage) || undefined };
  const d = r.getFileData();
  if (d.error) throw new Error(d.error);
  return d;
}

function int32(v) {
  if (typeof v === 'number') return v | 0;
  if (v instanceof Uint8Array && v.length >= 4) return (v[0] | (v[1] << 8) | (v[2] << 16) | (v[3] << 24)) | 0;
  return v;
}

function sameNamed(p, n) {
  if (n.name !== undefined) return p.propertyName === n.name;
  return p.propertySet && p.propertyLid && p.propertySet.toLowerCase() === n.set.replace(/[{}]/g, '').toLowerCase()
    && parseInt(p.propertyLid, 16) === n.lid;
}

function hex(v) {
  return Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
}

function view(v) {
  return new DataView(v.buffer, v.byteOffset, v.byteLength);
}

// msgreader decodes PtypString, PtypString8, PtypInteger32, PtypBoolean and PtypTime; for other
// types it hands over the raw bytes (8 bytes from the property stream, or the value stream), which
// are decoded here as [MS-OXCDATA] 2.11.1 lays them out. Returns undefined for a type it cannot show.
function namedValue(p, type) {
  const v = p.value;
  const raw = v instanceof Uint8Array;
  switch (type) {
    case 'PtypString': case 'PtypString8': return v;
    case 'PtypInteger32': case 'PtypErrorCode': return int32(v);
    case 'PtypBoolean': return typeof v === 'boolean' ? v : (raw ? v[0] !== 0 : v);
    case 'PtypTime': return v ? new Date(v).toISOString() : v;
    case 'PtypInteger16': return raw ? view(v).getInt16(0, true) : v;
    case 'PtypInteger64': case 'PtypCurrency': return raw ? view(v).getBigInt64(0, true).toString() : v;
    case 'PtypFloating64': case 'PtypFloatingTime': return raw ? view(v).getFloat64(0, true) : v;
    case 'PtypFloating32': return raw ? view(v).getFloat32(0, true) : v;
    case 'PtypBinary': return raw ? hex(v) : undefined; // some (PidLidVerbStream) come parsed
    case 'PtypGuid': {
      if (!raw || v.length !== 16) return v;
      const d = view(v);
      const h = (n, w) => n.toString(16).padStart(w, '0');
      return `{${h(d.getUint32(0, true), 8)}-${h(d.getUint16(4, true), 4)}-${h(d.getUint16(6, true), 4)}-${hex(v.subarray(8, 10))}-${hex(v.subarray(10))}}`.toUpperCase();
    }
    default: return undefined;
  }
}

// Multi-valued ([MS-OXMSG] 2.1.4.2): msgreader lists each stream as a raw entry, in directory order
// (shorter names first): the single stream (fixed-length types) or length stream, then the 8-byte
// entry of the property stream, then the value streams -00000000, -00000001, ... Returns undefined
// for the types not decoded here (their presence is what is checked).
function multiValues(found, type) {
  const raws = found.map((p) => p.value);
  if (!raws.every((v) => v instanceof Uint8Array)) return undefined;
  switch (type) {
    case 'PtypMultipleInteger32': {
      const v = raws[0];
      return Array.from({ length: v.length / 4 }, (_, i) => view(v).getInt32(4 * i, true));
    }
    case 'PtypMultipleString':
      return raws.slice(2).map((v) => Buffer.from(v).toString('utf16le').replace(/\0$/, ''));
    case 'PtypMultipleBinary':
      return raws.slice(2).map(hex);
    default: return undefined;
  }
}

// what msgreader reports of a message, for comparing a real file with our copy of it; an empty
// string counts as absent because our writer drops zero-length string values ([MS-OXMSG] 2.4.2.2)
function summary(d) {
  const s = (x) => (x === undefined || x === null || x === '' ? null : x);
  return {
    subject: s(d.subject),
    body: s(d.body),
    attachments: (d.attachments || []).map((a) => ({
      fileName: s(a.fileName), contentLength: a.innerMsgContent ? null : s(a.contentLength),
      hidden: a.attachmentHidden === true, contentId: s(a.pidContentId), mimeTag: s(a.attachMimeTag),
      embeddedSubject: a.innerMsgContentFields ? s(a.innerMsgContentFields.subject) : null,
    })),
    recipients: (d.recipients || []).map((r) => ({
      name: s(r.name), email: s(r.email), addressType: s(r.addressType), recipType: s(r.recipType),
    })),
  };
}

function normTime(iso) {
  return new Date(iso).toISOString(); // msgreader keeps whole seconds
}

for (const f of files) {
  const expFile = path.join(dir, f.replace(/\.msg$/, '.expected.json'));
  if (!fs.existsSync(expFile)) { console.log(`FAIL ${f}: no ${path.basename(expFile)}`); failed++; continue; }
  const exp = JSON.parse(fs.readFileSync(expFile, 'utf8'));
  const errors = [];
  const notes = [];
  // String8 text in a code page iconv-lite lacks cannot be decoded as our reader did: such text is
  // then compared with what msgreader reports for the original only
  const undecodable = ansiEncoding(exp.string8CodePage) === null;
  if (undecodable) notes.push(`PtypString8 code page ${exp.string8CodePage} unknown to iconv-lite: text compared with the original only`);
  const checkText = (what, expected, actual) => { if (!undecodable) check(what, expected, actual); };
  const check = (what, expected, actual) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      errors.push(`${what}: expected ${JSON.stringify(expected)}, msgreader reported ${JSON.stringify(actual)}`);
    }
  };
  try {
    const d = read(path.join(dir, f), exp.string8CodePage);
    check('messageClass', exp.messageClass, d.messageClass);
    checkText('subject', exp.subject, d.subject === undefined ? null : d.subject);
    checkText('body', exp.body, d.body === undefined ? null : d.body);
    for (const n of exp.named || []) {
      const found = (d.rawProps || []).filter((p) => sameNamed(p, n));
      const label = `named ${n.name !== undefined ? JSON.stringify(n.name) : n.set + ':0x' + n.lid.toString(16)}`;
      if (found.length === 0) { errors.push(`${label}: not reported`); continue; }
      let actual = namedValue(found[0], n.type);
      let expected = n.value;
      if (n.type.startsWith('PtypMultiple')) {
        const values = multiValues(found, n.type);
        if (values !== undefined) check(label, expected, values);
        continue;
      }
      if (actual === undefined || (expected !== null && typeof expected === 'object')) continue;
      if (n.type === 'PtypTime') { expected = normTime(expected).replace(/\.\d{3}Z$/, '.000Z'); actual = actual && actual.replace(/\.\d{3}Z$/, '.000Z'); }
      if (n.type === 'PtypFloating32') { expected = Math.fround(expected); }
      if (n.type === 'PtypString8') checkText(label, expected, actual); else check(label, expected, actual);
    }
    const atts = d.attachments || [];
    check('attachment count', (exp.attachments || []).length, atts.length);
    (exp.attachments || []).forEach((a, i) => {
      const x = atts[i] || {};
      const p = `attachments[${i}]`;
      check(`${p}.fileName`, a.longFilename, x.fileName === undefined ? null : x.fileName);
      check(`${p}.hidden`, a.hidden, x.attachmentHidden === undefined ? false : x.attachmentHidden);
      check(`${p}.contentId`, a.contentId, x.pidContentId === undefined ? null : x.pidContentId);
      check(`${p}.mimeTag`, a.mimeTag, x.attachMimeTag === undefined ? null : x.attachMimeTag);
      if (a.embeddedSubject !== null && a.embeddedSubject !== undefined) {
        check(`${p}.embedded subject`, a.embeddedSubject, x.innerMsgContentFields ? x.innerMsgContentFields.subject : null);
      } else if (a.size !== undefined && a.size !== null) {
        check(`${p}.size`, a.size, x.contentLength);
      }
    });
    const recips = d.recipients || [];
    check('recipient count', (exp.recipients || []).length, recips.length);
    const kinds = { 1: 'to', 2: 'cc', 3: 'bcc' };
    (exp.recipients || []).forEach((e, i) => {
      const x = recips[i] || {};
      const p = `recipients[${i}]`;
      checkText(`${p}.name`, e.displayName, x.name === undefined ? null : x.name);
      check(`${p}.addressType`, e.addressType, x.addressType === undefined ? null : x.addressType);
      check(`${p}.email`, e.emailAddress, x.email === undefined ? null : x.email);
      if (kinds[e.type]) check(`${p}.recipType`, kinds[e.type], x.recipType);
    });
    if (undecodable && !exp.original) errors.push('PtypString8 text in an undecodable code page and no original to compare with');
    if (exp.original) {
      originals++;
      const o = summary(read(exp.original, exp.string8CodePage));
      const w = summary(d);
      for (const k of ['subject', 'body']) check(`${k} (same as the original)`, o[k], w[k]);
      check('attachments (same as the original)', o.attachments, w.attachments);
      check('recipients (same as the original)', o.recipients, w.recipients);
    }
  } catch (ex) {
    errors.push(`could not be read: ${ex && ex.message ? ex.message : ex}`);
  }
  if (errors.length === 0) { console.log(`ok   ${f}${notes.length ? ' (' + notes.join('; ') + ')' : ''}`); passed++; } else {
    failed++;
    for (const e of errors) console.log(`FAIL ${f}: ${e}`);
  }
}
if (files.length === 0) { console.log(`FAIL no .msg files in ${dir}`); failed++; }
console.log(`msgreader: ${passed} passed, ${failed} failed (${originals} compared with their originals)`);
process.exit(failed === 0 ? 0 : 1);
