package dev.parley.extract;

import dev.parley.api.SpeakerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a speaker mention as written into a canonical speaker, using what the article said before
 * it: full names of people, earlier speakers (for pronouns and role nouns) and the authors of
 * documents ("the commentary" speaks for the paper that carries it). Used for one article, in text
 * order.
 */
final class SpeakerResolver {
  /** How many sentences back a pronoun or role noun may find its speaker. */
  private static final int MAX_SENTENCES_BACK = 6;

  private record Mention(int offset, String name) {}

  private record Past(int sentence, String raw, Speaker speaker) {}

  private final Lexicon lex = Lexicon.get();
  private final String text;
  private final List<Mention> people;
  private final List<Past> history = new ArrayList<>();
  private final List<Mention> documentAuthors = new ArrayList<>();
  private final List<Speaker> documentAuthorSpeakers = new ArrayList<>();

  SpeakerResolver(String text) {
    this.text = text;
    this.people = findPeople(text);
  }

  /** Records that a speaker made a statement at {@code sentence}, for later pronouns. */
  void remember(String raw, Speaker speaker, int sentence) {
    history.add(new Past(sentence, raw, speaker));
  }

  /** Records that from {@code offset} on, "the statement/commentary" speaks for {@code author}. */
  void documentAuthor(int offset, Speaker author) {
    documentAuthors.add(new Mention(offset, author.name()));
    documentAuthorSpeakers.add(author);
  }

  /** A speaker name pronouns may not point back to while resolving, or null. */
  private String excluded;

  /** The sentence of the earlier statement the last pronoun resolved to, or -1. */
  private int lastPronounSentence = -1;

  int lastPronounSentence() {
    return lastPronounSentence;
  }

  /** As {@link #resolve}, but a pronoun never points back to the speaker named {@code excludedName}. */
  Speaker resolveExcluding(String raw, int offset, int sentence, String excludedName) {
    excluded = excludedName;
    lastPronounSentence = -1;
    try {
      return resolve(raw, offset, sentence);
    } finally {
      excluded = null;
    }
  }

  /** The canonical speaker of {@code raw} written at {@code offset}, or null when unresolvable. */
  Speaker resolve(String raw, int offset, int sentence) {
    String mention = raw.replaceAll("\\s+", " ").strip()
        .replace("Ministry of Foreign Affairs of the DPRK", "DPRK Foreign Ministry")
        .replace("Ministry of Foreign Affairs", "Foreign Ministry");
    int bracket = mention.lastIndexOf(" (");
    if (bracket > 0 && mention.endsWith(")") && mention.indexOf(' ', bracket + 2) < 0) {
      mention = mention.substring(0, bracket); // "... for Korea's Reunification (Pomminryon)": the short name repeats it
    }
    if (mention.isEmpty()) {
      return null;
    }
    String lower = mention.toLowerCase(Locale.ROOT);
    String cls = lex.wordClass.get(lower);
    if (cls != null && cls.startsWith("PRONOUN")) {
      return resolvePronoun(cls, offset, sentence);
    }
    List<String> words = new ArrayList<>(List.of(mention.split(" ")));
    while (words.size() > 1 && (lex.is(words.get(0), "DROP") || lex.is(words.get(0), "QUANTIFIER"))) {
      words.remove(0);
    }
    if (words.size() == 1 && lex.is(words.get(0), "QUANTIFIER")) {
      return lastGroup(words.get(0), sentence);
    }
    int outletName = outletNameAfterDescription(words);
    if (outletName > 0) { // "the official Iraqi news agency INA" is INA, a medium
      String outlet = String.join(" ", words.subList(outletName, words.size()));
      return new Speaker(outlet, SpeakerType.MEDIA, countryOf(mention));
    }
    if (isCoordinatedGroup(words)) {
      return new Speaker(String.join(" ", words), SpeakerType.UNKNOWN, countryOf(mention)); // "foreign and Spanish bankers"
    }
    if (isGroup(words)) {
      return new Speaker(String.join(" ", untilParticiple(words)), SpeakerType.UNKNOWN, countryOf(mention));
    }
    if (words.stream().anyMatch(w -> lex.is(w, "DOCUMENT"))) {
      Speaker outlet = outletIn(mention);
      if (outlet != null) {
        return outlet; // "a commentary of a DPRK major newspaper Minju Joson" speaks for the paper
      }
    }
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    if (lex.is(last, "DOCUMENT")) {
      return resolveDocument(words, offset);
    }
    Speaker titled = personByTitle(words, offset);
    if (titled != null) {
      return titled;
    }
    Speaker person = personIn(words, offset);
    if (person != null) {
      return person;
    }
    Speaker byRole = resolveRole(words, offset, sentence);
    if (byRole != null) {
      return byRole;
    }
    Speaker earlier = definiteBackReference(lower, words, sentence);
    if (earlier != null) {
      return earlier; // "the committee" after "The bank advisory committee urged ..."
    }
    String name = String.join(" ", words);
    Lexicon.Country country = wholeCountry(name);
    if (country != null) {
      return new Speaker(country.canonical(), SpeakerType.GOVERNMENT, country.iso3());
    }
    if (isSingleName(words)) {
      return new Speaker(name, SpeakerType.PERSON, null);
    }
    return new Speaker(name, typeOf(name), countryOf(mention));
  }

  /**
   * Where the name of an outlet starts after a lower-case description naming its kind ("the newspaper Tokyo
   * Shimbun", "the official Iraqi news agency INA"), or -1: the words after the last lower-case media word,
   * all capitalised.
   */
  private int outletNameAfterDescription(List<String> words) {
    int last = words.size() - 2;
    while (last >= 0 && isCapitalised(words.get(last))) {
      last--;
    }
    if (last < 0 || typeOf(String.join(" ", words.subList(0, last + 1))) != SpeakerType.MEDIA) {
      return -1; // the description before the name must name a medium ("news agency", "newspaper")
    }
    for (int i = last + 1; i < words.size(); i++) {
      if (!isCapitalised(words.get(i))) {
        return -1;
      }
    }
    return last + 1;
  }

  /** Two noun phrases joined by "and" ending in a lower-case plural: "U.S. government and aerospace industry officials". */
  private static boolean isCoordinatedGroup(List<String> words) {
    String last = words.get(words.size() - 1);
    int and = words.indexOf("and");
    return and > 0 && and < words.size() - 1 && !isCapitalised(last) && isPlural(last);
  }

  /** "speakers at the ceremony", "banking analysts": a group head and no name of a person or body. */
  private boolean isGroup(List<String> words) {
    int head = -1;
    for (int i = 0; i < words.size(); i++) {
      if (lex.is(words.get(i), "GROUP")) {
        head = i;
        break;
      }
    }
    if (head < 0) {
      return false;
    }
    for (int i = head + 1; i < words.size(); i++) {
      if (isCapitalised(words.get(i))) {
        return false; // "members of the Youth Study Group": the body speaks
      }
    }
    return true;
  }

  /** "Bankers leaving the meeting" is the group "Bankers": a participle after the head starts a clause. */
  private static List<String> untilParticiple(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (!isCapitalised(words.get(i)) && words.get(i).endsWith("ing") && words.get(i).length() > 4) {
        return words.subList(0, i);
      }
    }
    return words;
  }

  /**
   * "Panmunjom Mission of the Korean People's Army" is "KPA Panmunjom Mission", "revolutionary armed forces of
   * the DPRK" is "DPRK revolutionary armed forces": a body "of the" a state whose short name is an abbreviation
   * takes that abbreviation as its prefix, as the gold writes it.
   */
  Speaker withStatePrefix(Speaker s) {
    if (s == null || s.type() == SpeakerType.PERSON) {
      return s;
    }
    String name = s.name();
    int at = name.lastIndexOf(" of the ");
    if (at <= 0) {
      return s;
    }
    String tail = name.substring(at + " of the ".length());
    for (Lexicon.Country c : lex.countries) {
      if (c.term().equals(tail) && c.canonical() != null && isAbbreviation(c.canonical())) {
        String head = name.substring(0, at);
        SpeakerType type = s.type() == SpeakerType.UNKNOWN ? SpeakerType.GOVERNMENT : s.type();
        return new Speaker(c.canonical() + " " + head, type, c.iso3());
      }
    }
    return s;
  }

  private static boolean isAbbreviation(String w) {
    return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
  }

  /** "Some" / "others" alone: the last group that spoke ("others" are the other members of it). */
  private Speaker lastGroup(String quantifier, int sentence) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Past p = history.get(i);
      if (sentence - p.sentence() > MAX_SENTENCES_BACK) {
        break;
      }
      if (p.speaker().type() == SpeakerType.UNKNOWN && isGroup(List.of(p.speaker().name().split(" ")))) {
        String name = p.speaker().name();
        return quantifier.equalsIgnoreCase("others") ? new Speaker("other " + name, SpeakerType.UNKNOWN,
            p.speaker().country()) : p.speaker();
      }
    }
    return null;
  }

  /**
   * The last person named as a sentence subject before {@code offset}: "he" nested inside another speaker's
   * words ("As he clarified, ...") is the person the text is about, not the speaker quoting him.
   */
  Speaker lastNamedSubject(int offset) {
    Mention m = lastSubjectBefore(offset);
    return m == null ? null : new Speaker(m.name(), SpeakerType.PERSON, null);
  }

  private Speaker resolvePronoun(String cls, int offset, int sentence) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Past p = history.get(i);
      if (sentence - p.sentence() > MAX_SENTENCES_BACK) {
        break;
      }
      if (p.speaker().name().equals(excluded)) {
        continue;
      }
      boolean person = p.speaker().type() == SpeakerType.PERSON;
      boolean plural = isPlural(p.raw());
      boolean fits = switch (cls) {
        case "PRONOUN_PERSON" -> !plural && p.speaker().type() != SpeakerType.MEDIA;
        case "PRONOUN_THING" -> !person && !plural;
        default -> !person;
      };
      if (fits) {
        lastPronounSentence = p.sentence();
        return p.speaker();
      }
    }
    if (cls.equals("PRONOUN_PERSON")) {
      Mention m = lastSubjectBefore(offset);
      return m == null ? null : new Speaker(m.name(), SpeakerType.PERSON, null);
    }
    if (cls.equals("PRONOUN_THING")) {
      return lastDocumentAuthor(offset);
    }
    return null;
  }

  private Speaker resolveDocument(List<String> words, int offset) {
    Speaker author = lastDocumentAuthor(offset);
    if (author != null) {
      return author;
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).speaker().type() != SpeakerType.PERSON) {
        return history.get(i).speaker();
      }
    }
    return outletIn(text.substring(0, Math.min(offset, text.length())));
  }

  private Speaker lastDocumentAuthor(int offset) {
    for (int i = documentAuthors.size() - 1; i >= 0; i--) {
      if (documentAuthors.get(i).offset() <= offset) {
        return documentAuthorSpeakers.get(i);
      }
    }
    return null;
  }

  /** The last state-media outlet named in {@code prefix} ("Rodong Sinmun", "KCNA"). */
  private Speaker outletIn(String prefix) {
    int best = -1;
    String name = null;
    for (Lexicon.Country c : mediaTerms()) {
      {
        int at = prefix.lastIndexOf(c.term());
        if (at > best) {
          best = at;
          name = c.term().equals("Korean Central News Agency") ? "KCNA" : c.term();
        }
      }
    }
    return name == null ? null : new Speaker(name, SpeakerType.MEDIA, "PRK");
  }

  private static volatile List<Lexicon.Country> mediaTerms;

  /** The outlet names among the country terms ("Rodong Sinmun", "KCNA"), computed once per JVM. */
  private List<Lexicon.Country> mediaTerms() {
    if (mediaTerms == null) {
      List<Lexicon.Country> out = new ArrayList<>();
      for (Lexicon.Country c : lex.countries) {
        if (typeOf(c.term()) == SpeakerType.MEDIA) {
          out.add(c);
        }
      }
      mediaTerms = List.copyOf(out);
    }
    return mediaTerms;
  }

  /** A person named in the mention, titles dropped, resolved to the full name first given. */
  private Speaker personIn(List<String> words, int offset) {
    int start = -1;
    int end = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean nameWord = isCapitalised(w) && !lex.isNameStop(w) && !isTypeOrPlace(w);
      if (nameWord && start < 0) {
        start = i;
      }
      if (nameWord) {
        end = i + 1;
      } else if (start >= 0 && !isParticle(w)) {
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    if (end != words.size()) {
      return trailingName(words, offset);
    }
    boolean endsMention = end == words.size();
    List<String> name = words.subList(start, end);
    if (!endsMention) {
      return null; // "Khabarovsk City Administration spokesman": not a person
    }
    String joined = String.join(" ", name);
    String company = companyNamed(joined, offset);
    if (company != null) {
      return new Speaker(company, SpeakerType.ORGANIZATION, null); // "McDonnell Douglas" after "McDonnell Douglas Corp"
    }
    Mention full = fullName(name, offset);
    if (full != null) {
      return new Speaker(full.name(), SpeakerType.PERSON, null);
    }
    if (name.size() >= 2 && name.size() <= 4 && typeOf(joined) == SpeakerType.UNKNOWN) {
      return new Speaker(joined, SpeakerType.PERSON, null);
    }
    if (name.size() == 1 && start > 0 && PERSONAL_TITLES.contains(words.get(start - 1))) {
      return new Speaker(joined, SpeakerType.PERSON, null); // "Mr. Alexander": a person named by surname
    }
    if (name.size() == 1 && isPersonRoleAt(words, start - 1) && isSingleSurname(joined)) {
      return new Speaker(joined, SpeakerType.PERSON, null); // "Foreign Minister Genba", "oil minister Subroto"
    }
    return null;
  }

  /**
   * A name closing a mention after a title or role: "White House spokesman Marlin Fitzwater",
   * "Vice-Minister of Chemical Industry Pak Chol" (a Korean name starts at its family name).
   */
  private Speaker trailingName(List<String> words, int offset) {
    int start = words.size();
    while (start > 0 && isCapitalised(words.get(start - 1)) && !lex.isNameStop(words.get(start - 1))
        && !isTypeOrPlace(words.get(start - 1)) || start > 1 && isParticle(words.get(start - 1))) {
      start--;
    }
    List<String> run = words.subList(start, words.size());
    int korean = -1;
    for (int i = 1; i < run.size(); i++) {
      if (lex.koreanSurnames.contains(run.get(i)) && run.size() - i >= 2 && run.size() - i <= 3) {
        korean = i;
        break;
      }
    }
    if (korean > 0) {
      run = run.subList(korean, run.size());
    } else if (start == 0 || !isRoleOrTitle(words.get(start - 1))) {
      return null; // "the Study Group of the Juche Idea": an organisation's name, not a person's
    }
    // "Foreign Minister Genba", "oil minister Subroto": one name after a person's role is a person too
    boolean surnameAfterRole = run.size() == 1 && korean < 0 && isPersonRoleAt(words, start - 1)
        && isSingleSurname(run.get(0));
    if ((run.size() < 2 && !surnameAfterRole) || run.size() > 4) {
      return null;
    }
    Mention full = fullName(run, offset);
    return new Speaker(full != null ? full.name() : String.join(" ", run), SpeakerType.PERSON, null);
  }

  /**
   * A role held by one person, written right before a lone surname ("Foreign Minister Genba", "spokesman
   * Annesley"); not "General" of "General Motors" nor "company" of "state oil company Petrobras".
   */
  private static boolean isPersonRoleAt(List<String> words, int i) {
    if (i < 0 || !PERSON_ROLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
      return false;
    }
    // "lead manager Postipankki" is a bank
    return i == 0 || !BOND_MANAGERS.contains(words.get(i - 1).toLowerCase(Locale.ROOT));
  }

  private static final java.util.Set<String> BOND_MANAGERS = java.util.Set.of("lead", "co-lead", "sole", "joint");

  private static final java.util.Set<String> PERSON_ROLES = java.util.Set.of("minister", "secretary", "president",
      "chairman", "chairwoman", "premier", "governor", "ambassador", "spokesman", "spokeswoman", "spokesperson",
      "senator", "chancellor", "director", "manager", "envoy", "adviser", "advisor", "congressman", "congresswoman",
      "lawmaker", "commander", "mayor", "economist", "analyst");

  /** A word that can stand alone as a surname after a role: no weekday, month or acronym. */
  private static boolean isSingleSurname(String w) {
    return w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase)
        && !CALENDAR_WORDS.contains(w);
  }

  private static final java.util.Set<String> CALENDAR_WORDS = java.util.Set.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Today", "Tonight", "Yesterday");

  private boolean isRoleOrTitle(String w) {
    return lex.isRole(w) || lex.isTitle(w) || !isCapitalised(w) && !isParticle(w)
        && !List.of("of", "for", "and", "the", "in", "on", "at").contains(w);
  }

  /**
   * "The Agriculture Secretary" after "Agriculture Secretary Richard Lyng": a mention made only of title
   * words is the person last introduced with those words right before the name.
   */
  private Speaker personByTitle(List<String> words, int offset) {
    if (words.stream().anyMatch(w -> !lex.isTitle(w) || !isCapitalised(w))) {
      return null;
    }
    String phrase = String.join(" ", words).toLowerCase(Locale.ROOT);
    Mention best = null;
    for (Mention m : people) {
      if (m.offset() >= offset) {
        break;
      }
      int from = Math.max(0, m.offset() - phrase.length() - 3);
      String before = text.substring(from, m.offset()).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
      if (before.endsWith(phrase)) {
        best = m;
      }
    }
    return best == null ? null : new Speaker(best.name(), SpeakerType.PERSON, null);
  }

  /** Starts of the company-suffix words of the text ("Corp", "Inc"), in order; computed on first use. */
  private int[] companySuffixes;

  /** The earlier company name that is this name plus a company suffix ("McDonnell Douglas Corp"), or null. */
  private String companyNamed(String name, int offset) {
    if (companySuffixes == null) {
      companySuffixes = findCompanySuffixes();
    }
    int end = Math.min(offset, text.length());
    int from = Math.max(0, end - 5_000); // bounded look-back keeps long texts linear
    int i = java.util.Arrays.binarySearch(companySuffixes, end + name.length() + 1);
    i = i >= 0 ? i : -i - 2;
    for (; i >= 0 && companySuffixes[i] - name.length() - 1 >= from; i--) {
      int at = companySuffixes[i] - name.length() - 1;
      if (at + name.length() + 1 <= end + name.length() + 1 && text.startsWith(name + " ", at)
          && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
        int e = companySuffixes[i];
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
          e++;
        }
        return name + " " + text.substring(companySuffixes[i], e);
      }
    }
    return null;
  }

  private int[] findCompanySuffixes() {
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int e = i;
      while (e < text.length() && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (e > i && i > 0 && text.charAt(i - 1) == ' '
          && "COMPANY_SUFFIX".equals(lex.wordClass.get(text.substring(i, e).toLowerCase(Locale.ROOT)))) {
        starts.add(i);
      }
      i = e > i ? e : i + 1;
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The first-given full name that this (sur)name belongs to. */
  private Mention fullName(List<String> name, int offset) {
    String joined = String.join(" ", name);
    Mention best = null;
    for (Mention m : people) {
      if (m.offset() > offset + joined.length()) {
        break;
      }
      String[] parts = m.name().split(" ");
      boolean same = m.name().equals(joined) || m.name().endsWith(" " + joined);
      boolean surname = name.size() == 1 && (parts[0].equals(joined) || parts[parts.length - 1].equals(joined));
      if ((same || surname) && (best == null || !m.name().equals(joined) || best.name().equals(joined))) {
        best = m; // the latest person of that name: "Kim" after "Kim Song" is Kim Song; a fuller form wins
      }
    }
    return best;
  }

  /** "a spokesman for the X" / "the X spokesman" speak for X; "the spokesman" for who had the role. */
  private Speaker resolveRole(List<String> words, int offset, int sentence) {
    Speaker headed = headOf(words, offset, sentence);
    if (headed != null) {
      return headed;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!lex.isRole(words.get(i))) {
        continue;
      }
      if (i > 0 && isCapitalised(words.get(i)) && isCapitalised(words.get(i - 1))
          && !ROLE_MODIFIERS.contains(words.get(i - 1))) {
        continue; // "Youth Study Group of the Juche Idea": the role word is inside a proper name
      }
      if (i + 1 < words.size()) {
        String prep = words.get(i + 1).toLowerCase(Locale.ROOT);
        if (prep.equals("of") || prep.equals("for") || prep.equals("at")) {
          List<String> org = words.subList(i + 2, words.size());
          return org.isEmpty() ? null : resolve(String.join(" ", org), offset, sentence);
        }
        continue;
      }
      List<String> before = words.subList(0, i);
      if (before.stream().anyMatch(SpeakerResolver::isCapitalised)) {
        String org = String.join(" ", dropLowerAdjectives(before));
        Lexicon.Country c = wholeCountry(org);
        if (c == null && !org.contains(" ")) {
          c = demonymCountry(org); // "the Cuban ambassador", "a senior North Korean official" speak for the country
        }
        if (c == null) {
          c = demonymCountry(org);
        }
        if (c != null) {
          return new Speaker(c.canonical(), SpeakerType.GOVERNMENT, c.iso3());
        }
        SpeakerType t = typeOf(org);
        return new Speaker(org, t == SpeakerType.UNKNOWN ? SpeakerType.ORGANIZATION : t, countryOf(org));
      }
      Speaker earlier = earlierWithRole(words.get(i), sentence);
      if (earlier == null && isCompanyWord(words.get(i))) {
        return lastCompanyBefore(offset);
      }
      if (earlier == null && lex.is(words.get(i), "REGIME")) {
        return lastRegimeBefore(words.get(i), offset);
      }
      return earlier;
    }
    return null;
  }

  /** Titles only a person bears, before a surname. */
  private static final java.util.Set<String> PERSONAL_TITLES = java.util.Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.",
      "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Rev.", "Prof.");

  /** Capitalised words that make a role a title, not part of a name: "General Manager", "Deputy Director". */
  private static final java.util.Set<String> ROLE_MODIFIERS = java.util.Set.of("General", "Executive", "Managing",
      "Deputy", "Chief", "Vice", "Senior", "Assistant", "Acting");

  /**
   * A group head before "of" speaks for what follows: "those concerned of the authorities of the south
   * side" is the south side's government, "the authorities of X" is X.
   */
  private Speaker headOf(List<String> words, int offset, int sentence) {
    for (int i = 0; i + 2 < words.size() && i < 8; i++) {
      if (lex.is(words.get(i), "HEAD_OF") && words.get(i + 1).equalsIgnoreCase("of")) {
        Speaker body = resolve(String.join(" ", words.subList(i + 2, words.size())), offset, sentence);
        boolean state = body != null && body.type() == SpeakerType.GOVERNMENT && body.country() != null
            && words.get(i).equalsIgnoreCase("authorities");
        Speaker government = state ? governmentOf(body.country()) : null;
        return government != null ? government : body; // "the present authorities of south Korea": its government
      }
    }
    return null;
  }

  /**
   * "the group" / "the regime" with no earlier speaker so called: the government of the country named just
   * before the last "... group"/"... regime" in the text ("the south Korean Lee Myung Bak group").
   */
  private Speaker lastRegimeBefore(String role, int offset) {
    String head = " " + role.toLowerCase(Locale.ROOT);
    String before = text.substring(Math.max(0, Math.min(offset, text.length()) - 5_000), Math.min(offset, text.length()));
    String lowerBefore = before.toLowerCase(Locale.ROOT);
    int at = lowerBefore.lastIndexOf(head);
    for (int tries = 0; at > 0 && tries < 20; tries++) {
      String window = before.substring(Math.max(0, at - 60), at);
      int cut = Math.max(Math.max(window.lastIndexOf('.'), window.lastIndexOf(',')),
          Math.max(window.lastIndexOf('\n'), Math.max(window.lastIndexOf(':'), window.lastIndexOf('"'))));
      window = window.substring(cut + 1); // only the noun phrase ending in "group"
      String iso3 = null;
      int best = -1;
      for (Lexicon.Country c : lex.countries) {
        int k = window.lastIndexOf(c.term());
        if (k > best && containsWord(window, c.term()) && typeOf(c.term()) != SpeakerType.MEDIA) {
          best = k;
          iso3 = c.iso3();
        }
      }
      if (iso3 != null) {
        return governmentOf(iso3);
      }
      at = lowerBefore.lastIndexOf(head, at - 1);
    }
    return null;
  }

  /** The country's "... government" canonical name when the list has one, else its plain name. */
  private Speaker governmentOf(String iso3) {
    for (Lexicon.Country c : lex.countries) {
      if (c.iso3().equals(iso3) && c.canonical() != null && c.canonical().contains("government")) {
        return new Speaker(c.canonical(), SpeakerType.GOVERNMENT, iso3);
      }
    }
    Lexicon.Country c = canonicalOf(iso3);
    return c == null ? null : new Speaker(c.canonical(), SpeakerType.GOVERNMENT, iso3);
  }

  private static boolean isCompanyWord(String w) {
    return w.equalsIgnoreCase("company") || w.equalsIgnoreCase("firm");
  }

  /** The last company named before {@code offset}: capitalised words ending in "Corp", "Inc", ... */
  private Speaker lastCompanyBefore(int offset) {
    int end = Math.min(offset, text.length());
    String[] words = text.substring(Math.max(0, end - 5_000), end).split("\\s+"); // bounded look-back
    for (int e = words.length - 1; e > 0; e--) {
      if (!"COMPANY_SUFFIX".equals(lex.wordClass.get(words[e].toLowerCase(Locale.ROOT)))) {
        continue;
      }
      int s = e;
      while (s - 1 >= 0 && e - s < 4 && isCapitalised(words[s - 1]) && !lex.isNameStop(words[s - 1])) {
        s--;
      }
      if (s < e) {
        String name = String.join(" ", List.of(words).subList(s, e + 1)).replaceAll("[.,]$", "");
        return new Speaker(name, SpeakerType.ORGANIZATION, null);
      }
    }
    return null;
  }

  /**
   * A definite description of lower-case words ("the committee", "the advisory committee") names the last
   * earlier speaker of this article whose name ends with the same head and holds all its words ("bank advisory
   * committee"); null when none, or when the mention is no such description.
   */
  private Speaker definiteBackReference(String lower, List<String> words, int sentence) {
    if (!lower.startsWith("the ") || words.stream().anyMatch(SpeakerResolver::isCapitalised)) {
      return null;
    }
    List<String> mentionWords = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    String head = mentionWords.get(mentionWords.size() - 1);
    for (int i = history.size() - 1; i >= 0; i--) {
      Past p = history.get(i);
      if (sentence - p.sentence() > MAX_SENTENCES_BACK * 3) {
        break;
      }
      String full = p.speaker().name().toLowerCase(Locale.ROOT);
      int of = full.indexOf(" of ");
      // the head of "businessmen of the south side" is "businessmen": "the south side" is someone else
      List<String> name = List.of((of > 0 ? full.substring(0, of) : full).split(" "));
      if (name.size() > mentionWords.size() && name.get(name.size() - 1).equals(head) && name.containsAll(mentionWords)) {
        return p.speaker();
      }
    }
    return null;
  }

  private Speaker earlierWithRole(String role, int sentence) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Past p = history.get(i);
      if (sentence - p.sentence() > MAX_SENTENCES_BACK * 3) {
        break;
      }
      if (p.raw().toLowerCase(Locale.ROOT).contains(role.toLowerCase(Locale.ROOT))) {
        return p.speaker();
      }
    }
    return null;
  }

  private static List<String> dropLowerAdjectives(List<String> words) {
    int i = 0;
    while (i < words.size() - 1 && !isCapitalised(words.get(i))) {
      i++;
    }
    return words.subList(i, words.size());
  }

  /** A country named alone or with a head like "officials"/"side" ("U.S. officials"). */
  private Lexicon.Country wholeCountry(String name) {
    for (Lexicon.Country c : lex.countries) {
      if (c.canonical() != null && c.term().equalsIgnoreCase(name)) {
        return c; // "north side" is a term itself, before "side" is read as a head
      }
    }
    String n = name.replaceFirst("(?i)^(senior |other |some )", "")
        .replaceFirst("(?i) (officials|official|side|authorities|government)$", "");
    for (Lexicon.Country c : lex.countries) {
      if (c.term().equalsIgnoreCase(n)) {
        boolean headed = !n.equals(name);
        return c.canonical() != null ? c : headed ? canonicalOf(c.iso3()) : null;
      }
    }
    return null;
  }

  /** The country a bare demonym or country term stands for, when that country has a canonical name. */
  private Lexicon.Country demonymCountry(String term) {
    for (Lexicon.Country c : lex.countries) {
      if (c.term().equals(term)) {
        return canonicalOf(c.iso3());
      }
    }
    return null;
  }

  /** Per article: the name chosen for each country code. */
  private final java.util.Map<String, Lexicon.Country> canonicalByIso = new java.util.TreeMap<>();

  /**
   * The country's name as the article writes it most often ("North Korea" or "DPRK"), else its first name;
   * ties go to the name listed first.
   */
  private Lexicon.Country canonicalOf(String iso3) {
    if (canonicalByIso.containsKey(iso3)) {
      return canonicalByIso.get(iso3);
    }
    Lexicon.Country best = null;
    int bestCount = -1;
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (Lexicon.Country c : lex.countries) {
      if (c.iso3().equals(iso3) && c.canonical() != null && !c.canonical().contains("government")
          && seen.add(c.canonical())) {
        int count = occurrences(c.canonical());
        if (count > bestCount) {
          best = c;
          bestCount = count;
        }
      }
    }
    canonicalByIso.put(iso3, best);
    return best;
  }

  private int occurrences(String term) {
    int n = 0;
    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
      boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + term.length();
      boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      n += left && right ? 1 : 0;
    }
    return n;
  }

  SpeakerType typeOf(String name) {
    String lower = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ") + " ";
    for (var e : lex.typeWords) {
      if (lower.contains(" " + e.getKey() + " ")) {
        return e.getValue();
      }
    }
    return SpeakerType.UNKNOWN;
  }

  /** The ISO code of the first (longest) country term written in {@code mention}. */
  String countryOf(String mention) {
    for (Lexicon.Country c : lex.countries) {
      if (containsWord(mention, c.term())) {
        return c.iso3();
      }
    }
    return null;
  }

  private static boolean containsWord(String s, String term) {
    int from = 0;
    while (true) {
      int at = s.indexOf(term, from);
      if (at < 0) {
        return false;
      }
      int end = at + term.length();
      boolean left = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
      boolean right = end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
      if (left && right) {
        return true;
      }
      from = at + 1;
    }
  }

  private boolean isSingleName(List<String> words) {
    String w = words.get(0);
    return words.size() == 1 && isCapitalised(w) && !lex.isNameStop(w) && !isTypeOrPlace(w)
        && w.chars().anyMatch(Character::isLowerCase);
  }

  /** Memo of {@link #isTypeOrPlace}: it depends on the word alone and runs for every capitalised word. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> TYPE_OR_PLACE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private boolean isTypeOrPlace(String word) {
    Boolean known = TYPE_OR_PLACE.get(word);
    if (known != null) {
      return known;
    }
    boolean is = typeOf(word) != SpeakerType.UNKNOWN || countryOf(word) != null || lex.is(word, "PLACE")
        || lex.isRole(word) || lex.is(word, "DOCUMENT");
    if (TYPE_OR_PLACE.size() < 100_000) {
      TYPE_OR_PLACE.put(word, is); // bounded, so a stream of odd words cannot grow it without end
    }
    return is;
  }

  /** "they", or a mention whose last word is a lower-case plural ("traders", "U.S. officials"). */
  private static boolean isPlural(String raw) {
    String[] words = raw.strip().split("\\s+");
    String last = words[words.length - 1];
    return last.equalsIgnoreCase("they")
        || (!isCapitalised(last) && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s"));
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean isParticle(String w) {
    return w.equals("de") || w.equals("la") || w.equals("van") || w.equals("von") || w.equals("del");
  }

  /**
   * The last person named as a sentence subject before {@code offset} ("Megawati Soekarnoputri, general
   * chairwoman of ..., congratulated ..."), else the last person named at all: "she" in the next
   * sentence is the subject, not someone named inside the content.
   */
  private Mention lastSubjectBefore(int offset) {
    Mention best = null;
    for (Mention m : people) {
      if (m.offset() >= offset) {
        break;
      }
      if (opensSentence(m.offset())) {
        best = m;
      }
    }
    return best != null ? best : lastBefore(people, offset);
  }

  private boolean opensSentence(int offset) {
    int p = offset - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == ',')) {
      p--;
    }
    return p < 0 || text.charAt(p) == '.' || text.charAt(p) == '\n' || text.charAt(p) == '-';
  }

  private static Mention lastBefore(List<Mention> mentions, int offset) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.offset() >= offset) {
        break;
      }
      best = m;
    }
    return best;
  }

  /** Runs of 2-4 capitalised words that are not titles, places, organisations or sentence openers. */
  private List<Mention> findPeople(String text) {
    List<Mention> found = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int runStart = -1;
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && isNameChar(text.charAt(j))) {
        j++;
      }
      if (j == i) {
        if (!Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\n' && !run.isEmpty() && isBreak(text, i)) {
          flush(run, runStart, found);
          run.clear();
        }
        i++;
        continue;
      }
      String w = text.substring(i, j);
      boolean nameWord = isCapitalised(w) && !lex.isNameStop(w) && !isTypeOrPlace(w);
      if (nameWord || (!run.isEmpty() && isParticle(w))) {
        if (run.isEmpty()) {
          runStart = i;
        }
        run.add(w);
      } else {
        flush(run, runStart, found);
        run.clear();
      }
      i = j;
    }
    flush(run, runStart, found);
    return found;
  }

  private static boolean isBreak(String text, int i) {
    return QuoteScanner.isParagraphBreak(text, i);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '.' || c == '-' || c == '\'';
  }

  private static void flush(List<String> run, int start, List<Mention> out) {
    while (!run.isEmpty() && isParticle(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    if (run.size() >= 2 && run.size() <= 4) {
      String last = run.get(run.size() - 1);
      String name = String.join(" ", run);
      if (last.endsWith(".") && last.length() > 2) {
        name = name.substring(0, name.length() - 1);
      }
      out.add(new Mention(start, name));
    }
  }
}
