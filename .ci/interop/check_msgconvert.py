"""Converts every NAME.msg of a corpus folder to .eml with msgconvert (Email::Outlook::Message) and
checks the result against NAME.expected.json (see README.md): no warnings, Subject, body text,
attachment file names, To/Cc names. msgconvert drops Bcc and writes non-ASCII header text raw.
A real file written back out (expected.json names its "original") must convert exactly as the
original does. Usage: /usr/bin/python3 check_msgconvert.py CORPUS_DIR WORK_DIR"""
import email
import email.header
import email.policy
import json
import os
import re
import subprocess
import sys


def raw_headers(data):
    """Returns the unfolded top-level header fields as (name, bytes) pairs."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    fields = []
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] = (fields[-1][0], fields[-1][1] + b" " + line.strip())
        elif b":" in line:
            name, value = line.split(b":", 1)
            fields.append((name.decode("ascii", "replace").strip().lower(), value.strip()))
    return fields


def header_text(data, name):
    """msgconvert writes non-ASCII header text as raw bytes (not RFC 2047): decode as UTF-8, else
    Latin-1; RFC 2047 encoded words are decoded too."""
    for n, value in raw_headers(data):
        if n == name.lower():
            try:
                text = value.decode("utf-8")
            except UnicodeDecodeError:
                text = value.decode("latin-1")
            return str(email.header.make_header(email.header.decode_header(text)))
    return None


# Perl diagnostics msgconvert also prints for Outlook-written files, caused by its own limits and
# not by the file: they are reported as notes, not failures.
KNOWN_WARNINGS = [
    (re.compile(r"^Value for '[^']+' header with wide characters at "),
     "msgconvert writes non-ASCII header text raw"),
    (re.compile(r"^Wide character in print at "),
     "msgconvert prints a body with characters above U+00FF as UTF-8 twice"),
    (re.compile(r"^Unknown FILE entry __substg1 0_[0-9A-F]{4}1[0-9A-F]{3} [0-9A-F]{8}$"),
     "msgconvert does not know the value streams of multi-valued properties ([MS-OXMSG] 2.1.4.1.3)"),
]

# Known defects of our files, each seen in one corpus file: the warning is tolerated there only, the
# line says so, and the check fails once the warning is gone (remove the entry then).
KNOWN_DEFECTS = {
    "real-msgreader-net_MsgReaderTests_SampleFiles_EmailWithMsgAttachment": (
        re.compile(r'^Deep recursion on subroutine "OLE::Storage_Lite::_getPpsTree" '),
        "our writer (POI POIFS) links the directory entries of each storage as two lists hanging off the "
        "middle entry, all black, not as a balanced red-black tree ([MS-CFB] 2.6.4): a storage of n entries "
        "is n/2 deep (98 top-level entries: depth 50; Outlook's original: 10), and OLE::Storage_Lite recurses "
        "more than 100 deep"),
}

NAMED_STREAM_WARNING = re.compile(r"^(Unknown FILE entry __substg1 0_)[89A-F][0-9A-F]{3}(1[0-9A-F]{3} [0-9A-F]{8})$")


def comparable(warnings):
    """Warnings as a sorted list, with named-property ids (0x8000 and up, chosen per file, so ours
    differ from the original's) blanked out."""
    return sorted(NAMED_STREAM_WARNING.sub(r"\1nnnn\2", w) for w in warnings)


def convert(path, out):
    """Returns (exit code, warning lines, eml bytes or None)."""
    proc = subprocess.run(["msgconvert", "--outfile", out, path], capture_output=True, timeout=120)
    warnings = [w for w in proc.stderr.decode("utf-8", "replace").splitlines() if w.strip()]
    data = None
    if proc.returncode == 0 and os.path.exists(out):
        with open(out, "rb") as fh:
            data = fh.read()
    return proc.returncode, warnings, data


def parts(data):
    """Returns the text/plain parts (decoded) and the attachment file names of an .eml."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    texts = []
    names = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            names.append(fn)
        elif part.get_content_type() == "text/plain":
            texts.append(part.get_content())
    return texts, names


def undo_double_utf8(text):
    """msgconvert encodes a body with characters above U+00FF as UTF-8 twice; undoes that."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def check_expected(exp, code, warnings, data, notes):
    """A file we wrote from a synthetic case: compares the .eml with the expected values."""
    if code != 0:
        return ["msgconvert exit %d: %s" % (code, " / ".join(warnings))]
    errors = []
    for w in warnings:
        known = [why for rx, why in KNOWN_WARNINGS if rx.search(w)]
        if known:
            notes.append("%s (%s)" % (w, known[0]))
        else:
            errors.append("msgconvert warned: " + w)
    subject = header_text(data, "Subject")
    if (exp.get("subject") or None) != (subject or None):
        errors.append("Subject %r, expected %r" % (subject, exp.get("subject")))
    texts, names = parts(data)
    body = exp.get("body")
    if body:
        norm = lambda s: s.replace("\r\n", "\n").strip()
        if not any(norm(body) in norm(t) or norm(body) in norm(undo_double_utf8(t)) for t in texts):
            errors.append("body %r not found in the text parts %r" % (body[:60], [t[:60] for t in texts]))
    want = [a["longFilename"] for a in exp.get("attachments", []) if a.get("longFilename") and not a.get("embeddedSubject")]
    for w in want:
        if w not in names:
            errors.append("attachment %r missing; parts named %r" % (w, names))
    for r in exp.get("recipients", []):
        header = {1: "To", 2: "Cc"}.get(r.get("type"))
        if header is None:
            continue
        value = header_text(data, header) or ""
        if r.get("displayName") and r["displayName"] not in value:
            errors.append("%s %r lacks %r" % (header, value, r["displayName"]))
    return errors


def check_original(original, work, name, code, warnings, data, notes):
    """A real file written back out: msgconvert must treat our copy as it treats the original (same
    exit code and warnings, same Subject, To and Cc header bytes, text parts and attachment names).
    Its quirks (String8 and header encodings, To built from PidTagDisplayTo) then cancel out."""
    o_code, o_warnings, o_data = convert(original, os.path.join(work, name + ".original.eml"))
    errors = []
    if name in KNOWN_DEFECTS:
        rx, why = KNOWN_DEFECTS[name]
        seen = [w for w in warnings if rx.search(w) and w not in o_warnings]
        if not seen:
            errors.append("the known defect is no longer seen; remove it from KNOWN_DEFECTS: " + why)
        else:
            notes.append("KNOWN DEFECT: %s (%s)" % (seen[0], why))
            warnings = [w for w in warnings if w not in seen]
    if code != o_code:
        return ["msgconvert exit %d (%s), for the original %d (%s)" % (code, " / ".join(warnings), o_code, " / ".join(o_warnings))]
    if comparable(warnings) != comparable(o_warnings):
        errors.append("msgconvert warned %r, for the original %r" % (sorted(set(warnings)), sorted(set(o_warnings))))
    if data is None:
        return errors
    ours = dict()
    theirs = dict()
    for n, v in raw_headers(data):
        ours.setdefault(n, v)
    for n, v in raw_headers(o_data):
        theirs.setdefault(n, v)
    for h in ("subject", "to", "cc"):
        if ours.get(h) != theirs.get(h):
            errors.append("%s %r, for the original %r" % (h.capitalize(), ours.get(h), theirs.get(h)))
    texts, names = parts(data)
    o_texts, o_names = parts(o_data)
    norm = lambda l: [t.replace("\r\n", "\n").strip() for t in l]
    if norm(texts) != norm(o_texts):
        errors.append("text parts %r, for the original %r" % ([t[:60] for t in texts], [t[:60] for t in o_texts]))
    if names != o_names:
        errors.append("attachments %r, for the original %r" % (names, o_names))
    return errors


def check(path, exp, work, notes):
    name = os.path.basename(path)[:-4]
    code, warnings, data = convert(path, os.path.join(work, name + ".eml"))
    if exp.get("original"):
        return check_original(exp["original"], work, name, code, warnings, data, notes)
    return check_expected(exp, code, warnings, data, notes)


def main():
    folder, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".msg"))
    passed = failed = 0
    for f in files:
        notes = []
        try:
            with open(os.path.join(folder, f[:-4] + ".expected.json"), encoding="utf-8") as fh:
                exp = json.load(fh)
            errors = check(os.path.join(folder, f), exp, work, notes)
        except Exception as ex:
            errors = ["could not be converted: %s: %s" % (type(ex).__name__, ex)]
        if errors:
            failed += 1
            for e in errors:
                print("FAIL %s: %s" % (f, e))
        else:
            passed += 1
            if any(n.startswith("KNOWN DEFECT") for n in notes):
                print("ok   %s  (%s)" % (f, "; ".join(n for n in notes if n.startswith("KNOWN DEFECT"))))
            else:
                print("ok   " + f + ("" if not notes else "  (known msgconvert limits: " + "; ".join(notes[:2])
                                      + ("; ..." if len(notes) > 2 else "") + ")"))
    if not files:
        print("FAIL no .msg files in " + folder)
        failed += 1
    print("msgconvert: %d passed, %d failed" % (passed, failed))
    sys.exit(0 if failed == 0 else 1)


main()
