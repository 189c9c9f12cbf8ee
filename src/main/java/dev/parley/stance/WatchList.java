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
    String low = text.toLowerCase(java.util.Locale.ROOT);
    for (String n : names) { int i = low.indexOf(n.toLowerCase(java.util.Locale.ROOT), from); while (i >= 0 && i + n.length() <= to) { out.add(new WatchHit(n, i, i + n.length())); i = low.indexOf(n.toLowerCase(java.util.Locale.ROOT), i + n.length()); } }
    out.sort(java.util.Comparator.comparingInt(WatchHit::start));
    return out;
  }
}
