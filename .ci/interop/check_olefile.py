"""Opens every NAME.msg of a corpus folder with olefile in strict mode and checks the container and
the MS-OXMSG layout against NAME.expected.json (see README.md). Run with Debian's python3:
/usr/bin/python3 check_olefile.py CORPUS_DIR"""
import json
import os
import sys

import olefile

ROOT_CLSID = "00020D0B-0000-0000-C000-000000000046"


def codec(code_page):
    """The Python codec of a Windows code page (1252 when none is given)."""
    names = {65001: "utf-8", 20127: "ascii", 1200: "utf-16-le", 50220: "iso2022_jp", 50221: "iso2022_jp_ext",
             50222: "iso2022_jp", 51932: "euc_jp", 20932: "euc_jp", 54936: "gb18030", 52936: "hz"}
    if code_page is None:
        return "cp1252"
    if code_page in names:
        return names[code_page]
    if 28591 <= code_page <= 28599:
        return "iso8859_%d" % (code_page - 28590)
    return "cp%d" % code_page


def check(path, exp):
    errors = []
    ole = olefile.OleFileIO(path, raise_defects=olefile.DEFECT_INCORRECT)
    try:
        if ole.root.clsid.upper() != ROOT_CLSID:
            errors.append("root CLSID %s, expected {%s}" % (ole.root.clsid, ROOT_CLSID))
        entries = ole.listdir(streams=True, storages=True)
        names = ["/".join(e) for e in entries]
        if "__nameid_version1.0" not in names:
            errors.append("no __nameid_version1.0 storage")
        for s in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
            if "__nameid_version1.0/" + s not in names:
                errors.append("no __nameid_version1.0/" + s)
        if "__properties_version1.0" not in names:
            errors.append("no top-level __properties_version1.0")
        else:
            size = ole.get_size("__properties_version1.0")
            if size < 32 or (size - 32) % 16:
                errors.append("top-level property stream of %d bytes is not 32 + 16n" % size)
        for e in entries:
            leaf = e[-1]
            if ole.get_type(e) != olefile.STGTY_STREAM:
                continue
            full = "/".join(e)
            if leaf.startswith("__substg1.0_") and len(leaf) == 20 and leaf[-4:] in ("001F", "001E"):
                size = ole.get_size(e)
                if size == 0:
                    errors.append("zero-length string stream " + full)
                if leaf[-4:] == "001F" and size % 2:
                    errors.append("odd-length PtypString stream %s (%d bytes)" % (full, size))
            if leaf == "__properties_version1.0" and len(e) > 1:
                size = ole.get_size(e)
                parent = e[-2]
                header = 24 if parent == "__substg1.0_3701000D" else 8
                if size < header or (size - header) % 16:
                    errors.append("property stream %s of %d bytes is not %d + 16n" % (full, size, header))

        def text(tag):
            """PtypString (001F, UTF-16LE) or PtypString8 (001E, in the code page our reader gave
            the file's String8 values, expected.json "string8CodePage"; undecodable bytes become
            U+FFFD as in our reader)."""
            if ole.exists("__substg1.0_%s001F" % tag):
                return ole.openstream("__substg1.0_%s001F" % tag).read().decode("utf-16-le")
            if ole.exists("__substg1.0_%s001E" % tag):
                return ole.openstream("__substg1.0_%s001E" % tag).read().decode(codec(exp.get("string8CodePage")), "replace")
            return None

        got_class = text("001A")
        if got_class != exp.get("messageClass"):
            errors.append("message class %r, expected %r" % (got_class, exp.get("messageClass")))
        got_subject = text("0037")
        if got_subject != exp.get("subject"):
            errors.append("subject %r, expected %r" % (got_subject, exp.get("subject")))
        atts = [n for n in names if n.startswith("__attach_version1.0_#") and "/" not in n]
        recips = [n for n in names if n.startswith("__recip_version1.0_#") and "/" not in n]
        if len(atts) != len(exp.get("attachments", [])):
            errors.append("%d attachment storages, expected %d" % (len(atts), len(exp.get("attachments", []))))
        if len(recips) != len(exp.get("recipients", [])):
            errors.append("%d recipient storages, expected %d" % (len(recips), len(exp.get("recipients", []))))
    finally:
        ole.close()
    return errors


def main():
    folder = sys.argv[1]
    files = sorted(f for f in os.listdir(folder) if f.endswith(".msg"))
    passed = failed = 0
    for f in files:
        exp_path = os.path.join(folder, f[:-4] + ".expected.json")
        try:
            with open(exp_path, encoding="utf-8") as fh:
                exp = json.load(fh)
            errors = check(os.path.join(folder, f), exp)
        except Exception as ex:  # a strict-mode defect or an unreadable file is a failure
            errors = ["could not be read: %s: %s" % (type(ex).__name__, ex)]
        if errors:
            failed += 1
            for e in errors:
                print("FAIL %s: %s" % (f, e))
        else:
            passed += 1
            print("ok   " + f)
    if not files:
        print("FAIL no .msg files in " + folder)
        failed += 1
    print("olefile: %d passed, %d failed" % (passed, failed))
    sys.exit(0 if failed == 0 else 1)


main()
