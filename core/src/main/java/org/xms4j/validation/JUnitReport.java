package org.xms4j.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the JUnit XML report. */
final class JUnitReport {

  private JUnitReport() {
  }

  /** One test case: its rule (or none for the read case) and outcome. */
  private record Case(String name, String outcome, String detail, String text) {
  }

  static void write(List<FileResult> results, Profile profile, OutputStream out) throws IOException {
    List<RuleInfo> rules = RuleCatalogue.forProfile(profile).stream().filter(RuleInfo::applicable).toList();
    List<List<Case>> suites = new ArrayList<>();
    int[] total = new int[4];
    for (FileResult fr : results) {
      List<Case> cases = cases(fr, rules);
      suites.add(cases);
      count(cases, total);
    }
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      w.writeAttribute("name", "xms4j validation (" + profile.id() + ")");
      counts(w, total);
      for (int i = 0; i < results.size(); i++) {
        List<Case> cases = suites.get(i);
        int[] c = new int[4];
        count(cases, c);
        w.writeCharacters("\n  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", clean(results.get(i).file()));
        counts(w, c);
        for (Case k : cases) {
          writeCase(w, results.get(i).file(), k);
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
    }
  }

  private static List<Case> cases(FileResult fr, List<RuleInfo> rules) {
    List<Case> cases = new ArrayList<>();
    if (fr.report().isEmpty()) {
      cases.add(new Case("read", "error", "unreadable", fr.error().orElse("")));
      return cases;
    }
    ValidationReport rep = fr.report().get();
    for (RuleInfo r : rules) {
      String name = r.id() + " " + r.summary();
      boolean checked = rep.checkedRules().contains(r.id())
          || r.id().equals(RuleCatalogue.INTERNAL_ERROR) && !rep.checkedRules().isEmpty();
      if (!checked) {
        cases.add(new Case(name, "skipped", "not checked: " + r.scope() + " rules were not run for this file", ""));
        continue;
      }
      List<String> must = new ArrayList<>();
      List<String> other = new ArrayList<>();
      for (Finding f : rep.findings()) {
        if (f.ruleId().equals(r.id())) {
          (f.level() == Level.MUST ? must : other).add(f.toString());
        }
      }
      if (!must.isEmpty()) {
        cases.add(new Case(name, "failure", must.size() + " MUST finding" + (must.size() == 1 ? "" : "s"),
            String.join("\n", must)));
      } else {
        cases.add(new Case(name, "passed", "", String.join("\n", other)));
      }
    }
    return cases;
  }

  private static void count(List<Case> cases, int[] c) {
    for (Case k : cases) {
      c[0]++;
      switch (k.outcome()) {
        case "failure" -> c[1]++;
        case "error" -> c[2]++;
        case "skipped" -> c[3]++;
        default -> {
        }
      }
    }
  }

  private static void counts(XMLStreamWriter w, int[] c) throws XMLStreamException {
    w.writeAttribute("tests", Integer.toString(c[0]));
    w.writeAttribute("failures", Integer.toString(c[1]));
    w.writeAttribute("errors", Integer.toString(c[2]));
    w.writeAttribute("skipped", Integer.toString(c[3]));
  }

  private static void writeCase(XMLStreamWriter w, String file, Case k) throws XMLStreamException {
    w.writeCharacters("\n    ");
    w.writeStartElement("testcase");
    w.writeAttribute("classname", clean(file));
    w.writeAttribute("name", clean(k.name()));
    switch (k.outcome()) {
      case "failure", "error" -> {
        w.writeCharacters("\n      ");
        w.writeStartElement(k.outcome());
        w.writeAttribute("type", k.outcome().equals("failure") ? "MUST" : "unreadable");
        w.writeAttribute("message", clean(k.detail()));
        w.writeCharacters(clean(k.text()));
        w.writeEndElement();
        w.writeCharacters("\n    ");
      }
      case "skipped" -> {
        w.writeCharacters("\n      ");
        w.writeEmptyElement("skipped");
        w.writeAttribute("message", clean(k.detail()));
        w.writeCharacters("\n    ");
      }
      default -> {
        if (!k.text().isEmpty()) {
          w.writeCharacters("\n      ");
          w.writeStartElement("system-out");
          w.writeCharacters(clean(k.text()));
          w.writeEndElement();
          w.writeCharacters("\n    ");
        }
      }
    }
    w.writeEndElement();
  }

  /** Replaces characters XML 1.0 cannot hold with U+FFFD. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b.toString();
  }
}
