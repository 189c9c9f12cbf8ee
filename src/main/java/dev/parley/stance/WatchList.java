package dev.parley.stance;
// TEMPORARY STUB, replaced by feat/stance
public final class WatchList implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final java.util.List<String> names;
  private WatchList(java.util.List<String> n) { names = n; }
  public static WatchList parse(java.io.Reader in, String sourceName) throws java.io.IOException {
    java.util.List<String> n = new java.util.ArrayList<>();
    for (String l : new java.io.BufferedReader(in).lines().toList()) if (!l.isBlank() && !l.startsWith("#")) n.add(l.strip());
    return new WatchList(n);
  }
  public java.util.List<String> names() { return names; }
  public java.util.List<WatchHit> find(String text, int from, int to) {
    java.util.List<WatchHit> out = new java.util.ArrayList<>();
    for (String n : names) { var m = java.util.regex.Pattern.compile("\\b" + n.replace(" ", "\\s+") + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text).region(from, to); while (m.find()) out.add(new WatchHit(n, m.start(), m.end())); }
    out.sort(java.util.Comparator.comparingInt(WatchHit::start));
    return out;
  }
}
