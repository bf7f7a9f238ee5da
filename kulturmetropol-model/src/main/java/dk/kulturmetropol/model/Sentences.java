package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Facts as sentences a person reads, in English or Danish. A fact whose rule gives its own sentence ({@code @da} and
 * {@code @en} beside the rule, carried by the labels {@code Governance.labels} makes) is written in those words, its
 * {@linkplain #PLACEHOLDERS placeholders} filled; any other is composed from each language's own patterns
 * ({@code words_da.properties}, {@code words_en.properties}) filled with {@link Labels}, as here:
 *
 * <pre>{@code
 * Sentences da = Sentences.of(Labels.of(Language.DA, agreement));
 * da.of(duty);   // "KMK skal hvert år godkende årsplanen for Musikindsatsen."
 * Sentences.of(Labels.of(Language.EN, agreement)).of(duty);
 *                // "KMK must approve the annual plan for music yearly."
 * da.frequency(Frequency.perYear(4)); // "4 gange om året"
 * }</pre>
 */
public final class Sentences {
    private final Labels labels;

    private Sentences(Labels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * Sentences with {@code labels}, in their language.
     *
     * @param labels the labels to write with; their language is the sentences' language
     * @return sentences in that language
     * @throws NullPointerException when {@code labels} is null
     */
    public static Sentences of(Labels labels) {
        return new Sentences(labels);
    }

    /**
     * English words with no agreement (scopes as their ids): what messages and headings are written with when no
     * language is asked for, e.g. {@code english().message(key, parts, true)}.
     *
     * @return the shared English sentences without an agreement
     */
    public static Sentences english() {
        return English.INSTANCE;
    }

    private static final class English {
        static final Sentences INSTANCE = new Sentences(Labels.of(Language.EN));
    }

    /**
     * Message parts from name-value pairs, in order; a pair whose value is {@code null} is left out:
     * {@code parts("matter", "annual-plan", "scope", null)} is {@code {matter=annual-plan}}.
     *
     * @param namesAndValues names and values in turn: name, value, name, value; a last name without a value is ignored
     * @return a new mutable map, in the order given
     */
    public static java.util.Map<String, String> parts(String... namesAndValues) {
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parts.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return parts;
    }

    /**
     * The labels it writes with.
     *
     * @return the labels given to {@link #of(Labels)}
     */
    public Labels labels() {
        return labels;
    }

    /**
     * The language it writes.
     *
     * @return the labels' language
     */
    public Language language() {
        return labels.language();
    }

    /**
     * {@code fact} as one sentence, actors as named.
     *
     * @param fact a duty, seat, holding, reporting line or placement, as a question's rows carry it
     * @return the sentence, capitalised and ended with a full stop
     */
    public String of(Derived fact) {
        return of(fact, id -> List.of());
    }

    /**
     * {@code fact} as one sentence; an actor that {@code resolved} maps to other actors is followed by them in
     * parentheses: {@code den politiske formand (kulturudvalgsformanden i Ishøj Kommune)}. A body is named as the body,
     * not as its members.
     *
     * @param fact     a duty, seat, holding, reporting line or placement, as a question's rows carry it
     * @param resolved what an actor id resolves to on the day asked (a post to its holder), as ids; an empty list for
     *     an actor shown alone
     * @return the sentence, capitalised and ended with a full stop
     */
    public String of(Derived fact, Function<String, List<String>> resolved) {
        java.util.Optional<String> own = own(fact, resolved);
        if (own.isPresent()) {
            return own.get();
        }
        String text;
        if (fact instanceof Duty d) {
            text = duty(d, resolved);
        } else if (fact instanceof ReportingLine l) {
            text = line(l, resolved);
        } else if (fact instanceof PostHolding h) {
            // a partner holding its own partner post holds the role: "Gladsaxe Kommune varetager posten som partnerkommune"
            ActorRef post0 = ActorRef.parse(h.post());
            String post = h.holder() != null && h.holder().equals(post0.scope())
                    ? labels.label("post", post0.role()) : labels.label("post", h.post());
            text = h.holder() == null ? phrase("holding.unnamed", "post", post)
                    : phrase("holding", "holder", actor(h.holder(), resolved), "post", post);
        } else if (fact instanceof Seat s) {
            String body = labels.inSentence("body", s.body());
            text = s.member() == null ? phrase("seat.unnamed", "body", body)
                    : phrase(s.modality() == Modality.MAY ? "seat.may" : "seat", "member", actor(s.member(), resolved), "body", body);
        } else {
            Placement p = (Placement) fact;
            text = phrase("placement", "actor", actor(p.actor(), resolved), "host", labels.inSentence("actor", p.host()));
        }
        return capitalised(text) + ".";
    }

    /**
     * The placeholders a rule's own sentence may use, each filled from the fact the rule stated:
     * <ul>
     * <li>{@code {actor}} who acts as the fact names it (a duty's bearer, who reports, the holder, the member, the one
     *     placed), with who that is on the day asked in parentheses;</li>
     * <li>{@code {to}} a duty's recipients, or the one a reporting line goes to; {@code {with}} those it acts jointly
     *     with; {@code {to.1}}, {@code {to.2}}, ... one recipient alone, by its place among them, for a sentence that
     *     names a recipient in the text's words and who that is in parentheses, as {@code {actor}} is named ("hos
     *     hjemkommunens kulturchef ({to.1})": "hos hjemkommunens kulturchef (kulturchefen i Roskilde Kommune)");</li>
     * <li>{@code {area}} the focus area's name ({@code Musikindsatsen}; in English its id's words, {@code music});
     *     {@code {partner}} the partner municipality's name ({@code Roskilde Kommune}); each from the fact's scope or
     *     the scope of an actor it names;</li>
     * <li>{@code {post}}, {@code {body}}, {@code {host}} the post held, the body sat in (or the body of a duty's matter,
 *     {@code agenda:kmk}), the host of a placement;</li>
     * <li>{@code {frequency}}, {@code {due}}, {@code {condition}} the library's wording of how often, by when and on
     *     which condition ({@code fire gange om året}, {@code hvert år senest den 1. februar}). A deadline the sentence
     *     does not place is added at its end, so no deadline is lost.</li>
     * <li>{@code {period}} when the fact holds, as a sentence writes it ({@code fra 1. januar 2021 til 31. december
     *     2024}), for a sentence whose content is the period itself ("Ishøj Kommune er valgt for perioden ...").</li>
     * </ul>
     */
    public static final List<String> PLACEHOLDERS = List.of("actor", "to", "with", "area", "partner", "post", "body", "host",
            "frequency", "due", "condition", "period");

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z0-9_.-]*)}");
    /**
     * The last clause of a sentence, after a semicolon, that ends in the date ({@code {due}}) as its own complement
     * ("forstås som {due}"), not set off by a comma, and so says nothing without it.
     */
    private static final java.util.regex.Pattern CLAUSE_OF_DUE = java.util.regex.Pattern.compile(";[^;]*[^,;] \\{due}(?=\\.?$)");

    /** {@code to.1}, {@code to.2}, ...: one recipient, by its place among a fact's recipients (see {@link #PLACEHOLDERS}). */
    private static final java.util.regex.Pattern ONE_RECIPIENT = java.util.regex.Pattern.compile("to\\.([1-9][0-9]?)");

    /**
     * The placeholders of {@code sentence} that are not among {@link #PLACEHOLDERS}, in order:
     * {@code unknownPlaceholders("{actor} leder {omraade}.")} is {@code [omraade]}.
     *
     * @param sentence a rule's {@code @da} or {@code @en} sentence
     * @return the unknown names without braces, each once; empty when every placeholder is known
     */
    public static List<String> unknownPlaceholders(String sentence) {
        List<String> unknown = new ArrayList<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(sentence);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1)) && !ONE_RECIPIENT.matcher(m.group(1)).matches() && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /**
     * The words key of the sentence a rule gives for its facts: {@code sentence.rule.kmk-follows-progress}. The labels
     * carry these sentences (see {@code Governance.labels}); a fact whose rule gives none is composed from labels.
     *
     * @param rule the rule's name as in the DRL
     * @return the key, e.g. for a pack's own words
     */
    public static String ruleSentenceKey(String rule) {
        return "sentence.rule." + rule;
    }

    /**
     * The words key of the sentence a data pack entry gives for its clause: {@code sentence.clause.gladsaxe.programme}.
     *
     * @param clauseId the clause id the entry declares
     * @return the key
     */
    public static String clauseSentenceKey(String clauseId) {
        return "sentence.clause." + clauseId;
    }

    /**
     * {@code fact} in the words of the sentence its rule (or data pack entry) gives, its placeholders filled; empty when
     * the rule gives none, or when the fact lacks what the sentence names (a sentence about {@code {actor}} for a fact
     * that names no one), in which case {@link #of(Derived, Function)} composes the sentence from labels.
     *
     * @param fact     the fact to write
     * @param resolved what an actor id resolves to on the day asked, as ids
     * @return the sentence ended with a full stop (or the sentence's own ? or !), or empty as above
     */
    public java.util.Optional<String> own(Derived fact, Function<String, List<String>> resolved) {
        return own(fact, resolved, true);
    }

    /**
     * {@code c} as a reader of this language is shown it: where a rule pack gives its clause in this language
     * ({@code @source_da} and {@code @quote_da} or {@code @summary_da} beside its {@code @quote}), its source and words in
     * it; else {@code c} itself. Whether the words are the source's own or a summary: {@link #isSummary(Clause)}.
     *
     * <pre>{@code
     * Sentences.of(g.labels(Language.DA)).clause(row.clause()).section(); // "Slots- og Kulturstyrelsens regler for kulturaftaler ..."
     * }</pre>
     *
     * @param c a clause, as an answer's row carries it
     * @return the clause in this language, its id unchanged
     */
    public Clause clause(Clause c) {
        java.util.Optional<String> section = labels.optional("clause." + c.id() + ".section");
        java.util.Optional<String> words = labels.optional("clause." + c.id() + ".quote").or(() -> labels.optional("clause." + c.id() + ".summary"));
        if (section.isEmpty() && words.isEmpty()) {
            return c;
        }
        return new Clause(c.id(), section.orElse(c.source()), section.orElse(c.section()), words.orElse(c.quote()));
    }

    /**
     * Whether {@link #clause(Clause)} gives a summary of the source in this language ({@code @summary_da}), not its own
     * words: shown as a summary, never between quotation marks.
     *
     * @param c a clause
     * @return true for a pack's summary in this language
     */
    public boolean isSummary(Clause c) {
        return labels.optional("clause." + c.id() + ".summary").isPresent();
    }

    /**
     * {@code c} on a line of its own as answers quote it, in this language: in English by its id,
     * {@code kmk.tasks-5 (section): "the sentence"}; in Danish by the text and its section, as a civil servant cites it,
     * {@code Kommissoriet, afsnit »Kulturmetropolens kulturchefer – KMK (administrativ følgegruppe)«: "..."} (a rule pack's clause by
     * its section alone). A summary ({@link #isSummary(Clause)}) is written {@code ..., sammenfatning, ikke ordret citat:
     * ...}, with no quotation marks. Without {@code section}, the English line has no section; the Danish keeps it.
     *
     * @param c       a clause
     * @param section whether to name its section
     * @return the line, without indent
     */
    public String quoted(Clause c, boolean section) {
        Clause shown = clause(c);
        // the language's own citation: Danish names the text and its section ("Kommissoriet, afsnit »Hjemkommune«"), not the id
        String key = "clause.cite" + (shown.source().startsWith("Kommissorium") ? ".kommissorium" : "") + (section ? "" : ".plain");
        String head = phrase(key, "id", shown.id(), "section", shown.section(), "source", shown.source());
        return isSummary(c) ? head + ", " + labels.text("clause.summary") + ": " + shown.quote() : head + ": \"" + shown.quote() + "\"";
    }

    /**
     * {@code fact} as {@link #of(Derived, Function)} writes it, but without the date it falls due: what a calendar
     * writes under that date ("Den 1. marts 2024: Sekretariatet skal ... indsende slutevalueringen ... til Slots- og
     * Kulturstyrelsen."), so that the date is said once. A rule's sentence loses its {@code {due}}, and a last clause
     * after a semicolon that ends in it, not set off by a comma, goes too ("...; »ved aftalens start« forstås som {due}." loses
     * "; »ved aftalens start« forstås som"), so that no clause is left without its end; a composed one loses its deadline.
     *
     * @param fact     the fact to write
     * @param resolved what an actor id resolves to on the day asked, as ids
     * @return the sentence, capitalised and ended with a full stop
     */
    public String onItsDay(Derived fact, Function<String, List<String>> resolved) {
        if (!(fact instanceof Duty d) || d.due() == null) {
            return of(fact, resolved);
        }
        return own(fact, resolved, false).orElseGet(() -> of(d.due(null), resolved));
    }

    private java.util.Optional<String> own(Derived fact, Function<String, List<String>> resolved, boolean withDue) {
        java.util.Optional<String> template = labels.optional(ruleSentenceKey(fact.rule()));
        if (template.isEmpty() && fact instanceof Duty d) {
            template = labels.optional(clauseSentenceKey(d.clauseId()));
        }
        if (template.isEmpty()) {
            return java.util.Optional.empty();
        }
        String text = template.get().strip();
        Due due = fact instanceof Duty d ? d.due() : null;
        if (!withDue) {
            // a clause of its own that only says the date ("...; »ved aftalens start« forstås som {due}.") goes with it
            text = CLAUSE_OF_DUE.matcher(text).replaceFirst("");
            text = text.replace(" {due}", "").replace("{due}", "");
        } else if (due != null && !text.contains("{due}")) {
            boolean stop = text.endsWith(".");
            text = (stop ? text.substring(0, text.length() - 1) : text) + ", {due}" + (stop ? "." : "");
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String value = placeholder(m.group(1), fact, resolved);
            if (value == null) {
                return java.util.Optional.empty();
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String filled = capitalised(out.toString().replace("  ", " ").strip());
        return java.util.Optional.of(filled.endsWith(".") || filled.endsWith("?") || filled.endsWith("!") ? filled : filled + ".");
    }

    /** The words for one placeholder of a rule's sentence, or {@code null} when the fact has nothing for it. */
    private String placeholder(String name, Derived fact, Function<String, List<String>> resolved) {
        List<String> named = new ArrayList<>();
        String scope = null;
        String actor = null;
        List<String> to = List.of();
        List<String> with = List.of();
        if (fact instanceof Duty d) {
            actor = d.actor();
            to = d.recipients();
            with = d.jointlyWith();
            scope = d.scope();
        } else if (fact instanceof ReportingLine l) {
            actor = l.from();
            to = List.of(l.to());
            with = l.jointlyWith();
            if (l.forDutiesOf() != null) {
                named.add(l.forDutiesOf());
            }
        } else if (fact instanceof PostHolding h) {
            actor = h.holder();
            named.add(h.post());
        } else if (fact instanceof Seat s) {
            actor = s.member();
            named.add(ActorRef.requireActor(s.body()));
        } else if (fact instanceof Placement p) {
            actor = p.actor();
            named.add(ActorRef.requireActor(p.host()));
        }
        if (actor != null) {
            named.add(0, actor);
        }
        named.addAll(to);
        named.addAll(with);
        java.util.regex.Matcher one = ONE_RECIPIENT.matcher(name);
        if (one.matches()) {
            int place = Integer.parseInt(one.group(1));
            return place <= to.size() ? actor(to.get(place - 1), resolved) : null;
        }
        return switch (name) {
            case "actor" -> actor == null ? null : actor(actor, resolved);
            case "to" -> to.isEmpty() ? null : actors(to, resolved);
            case "with" -> with.isEmpty() ? null : actors(with, resolved);
            case "area", "partner" -> {
                List<String> scopes = new ArrayList<>();
                if (scope != null) {
                    scopes.add(scope);
                }
                named.forEach(id -> {
                    ActorRef a = ActorRef.parse(id);
                    if (a.scope() != null) {
                        scopes.add(a.scope());
                    } else {
                        scopes.add(a.id());
                    }
                });
                yield scopes.stream().filter(name.equals("area") ? labels::isFocusArea : labels::isPartner).findFirst()
                        .map(id -> labels.label("scope", id)).orElse(null);
            }
            case "post" -> fact instanceof PostHolding h ? labels.inSentence("actor", h.post()) : null;
            case "body" -> fact instanceof Seat s ? labels.inSentence("body", s.body())
                    : fact instanceof Duty d && d.matter().contains(":")
                    ? labels.inSentence("body", d.matter().substring(d.matter().indexOf(':') + 1)) : null;
            case "host" -> fact instanceof Placement p ? labels.inSentence("actor", p.host()) : null;
            case "period" -> phrase("sentence.period", "from", date(fact.validity().from()), "to", date(fact.validity().to()));
            case "frequency" -> fact instanceof Duty d && d.frequency() != null ? frequency(d.frequency()) : null;
            case "condition" -> fact instanceof Duty d && d.condition() != null ? condition(d.condition()) : null;
            case "due" -> {
                if (!(fact instanceof Duty d) || d.due() == null) {
                    yield null;
                }
                String when = due(d.due());
                if (d.due().kind() == Due.Kind.YEARLY) {
                    when += d.due().occurrencesWithin(d.validity()).stream().findFirst()
                            .map(first -> ", " + phrase("due.first", "date", date(first))).orElse("");
                }
                yield when;
            }
            default -> null;
        };
    }

    /**
     * How often, e.g. {@code 4 gange om året}, {@code at least quarterly, and as needed}.
     *
     * @param f the frequency
     * @return the frequency in words of the language
     */
    public String frequency(Frequency f) {
        String text = switch (f.per()) {
            case CONTINUOUSLY -> labels.text("frequency.continuously");
            case AS_NEEDED -> labels.text("frequency.as-needed");
            default -> {
                String unit = f.per() == Frequency.Per.YEAR ? "year" : "quarter";
                if (f.min() == 1 && (f.max() == null || f.max() == 1)) {
                    yield labels.text(f.max() == null ? "frequency.at-least-" + unit + "ly" : "frequency." + unit + "ly");
                }
                String n = f.max() == null || f.max() == f.min() ? number(f.min())
                        : phrase("number.range", "min", number(f.min()), "max", number(f.max()));
                yield labels.text((f.max() == null ? "frequency.at-least." : "frequency.count.") + unit).replace("{n}", n);
            }
        };
        return f.alsoAsNeeded() ? phrase("frequency.and-as-needed", "frequency", text) : text;
    }

    /**
     * When it falls due, e.g. {@code hvert år senest den 1. februar}.
     *
     * @param due the deadline
     * @return the deadline in words of the language, days written in words
     */
    public String due(Due due) {
        return switch (due.kind()) {
            case ON -> phrase("due.on", "date", date(due.date()));
            case YEARLY -> phrase("due.yearly", "day", DateTimeFormatter.ofPattern(language() == Language.DA ? "d. MMMM" : "d MMMM",
                    language().locale()).format(due.monthDay()));
            case AFTER_PERIOD -> phrase("due.after-period", "date", inText(due.date()));
        };
    }

    /**
     * A condition in the language: the text's own words in Danish.
     *
     * @param c the condition
     * @return the condition in words of the language
     */
    public String condition(Condition c) {
        return language() == Language.DA ? c.danish() : c.text();
    }

    /**
     * {@code skal}, {@code bør}, {@code kan}; {@code must}, {@code should}, {@code may}.
     *
     * @param m the modality
     * @return the modal verb the language uses in a duty's sentence
     */
    public String modality(Modality m) {
        return labels.text("modality." + m.id());
    }

    /**
     * {@code gælder fra 1. januar 2021 til 31. december 2024}; {@code valid 2021-01-01..2024-12-31}; a single day
     * {@code gælder den 31. december 2024}, {@code valid on 31 December 2024} (a day in words in both languages).
     *
     * @param v the interval
     * @return the phrase for when a fact holds, as a row's "valid" line shows it
     */
    public String validity(Validity v) {
        // one day in words in both languages: "valid on 31 December 2024" is prose, as "on 1 July 2022" in a question is
        return v.from().equals(v.to()) ? phrase("valid.day", "date", date(v.from()))
                : phrase("valid", "from", inText(v.from()), "to", inText(v.to()));
    }

    /**
     * A day as a sentence of the language dates it: in words where its words say {@code dates=words}
     * ({@code 1. januar 2021}), else as {@code 2021-01-01}.
     *
     * @param day the day
     * @return the day in the language's form for running text
     */
    public String inText(LocalDate day) {
        return labels.text("dates").equals("words") ? date(day) : day.toString();
    }

    /**
     * An interval as a sentence of the language writes it: {@code fra 1. januar 2021 til 31. december 2024}; {@code 2021-01-01..2024-12-31}.
     *
     * @param v the interval; a single day is written as that day
     * @return the period as a phrase
     */
    public String period(Validity v) {
        return range(v.from(), v.to());
    }

    /** From one day to another, or the one day where they are the same: {@code den 31. december 2024}, not from it to it. */
    private String range(LocalDate from, LocalDate to) {
        // one day in words in both languages ("on 31 December 2024"); a range as the language writes ranges
        return from.equals(to) ? phrase("period.day", "date", date(from)) : phrase("period.range", "from", inText(from), "to", inText(to));
    }

    /**
     * A year or quarter a recurring duty is counted over ({@code 2022}, {@code 2022-Q1}) as the language writes it:
     * {@code året 2022}, {@code 1. kvartal 2022}; any other label as it is.
     *
     * @param label the year or quarter, {@code YYYY} or {@code YYYY-Qn}, as meeting checks label them
     * @return the period in words of the language
     */
    public String countedPeriod(String label) {
        java.util.regex.Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            return phrase("period.quarter", "year", quarter.group(1), "n", quarter.group(2));
        }
        return YEAR.matcher(label).matches() ? phrase("period.year", "year", label) : label;
    }

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern INTERVAL = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /**
     * The words' value of {@code key}, if they have it: {@code words("finding.kind.term-gap")}.
     *
     * @param key a words key, e.g. {@code finding.kind.term-gap}
     * @return the value, or empty when the words lack the key
     */
    public java.util.Optional<String> words(String key) {
        return labels.optional(key);
    }

    /**
     * These sentences with the partner or focus area {@code scope} shown as {@code shown} ({@link Labels#withScopeShownAs}).
     *
     * @param scope the partner or focus area id
     * @param shown what to show in its place
     * @return new sentences; these are unchanged
     * @throws NullPointerException when {@code scope} or {@code shown} is null
     */
    public Sentences withScopeShownAs(String scope, String shown) {
        return new Sentences(labels.withScopeShownAs(scope, shown));
    }

    /**
     * The words that name several partners or focus areas at once where a sentence names one: {@code hvert af de tre
     * indsatsområder (Kultur- og sundhedsindsatsen ..., Musikindsatsen og Ungeindsatsen)}, {@code hver af de ni
     * partnerkommuner (Albertslund, Furesø, ... og Rødovre Kommune)}, in the language's order of their names; a scope
     * with an entry in {@code resolvedTo} is written with it ({@code Roskilde Kommune for Musikindsatsen}). "All" when
     * they are every focus area (partner) of the agreement, else {@code hvert af indsatsområderne (...)}. Empty when
     * there are fewer than two, or they are not all focus areas or all partners.
     *
     * @param scopes     the partner or focus area ids the rows are for; duplicates count once
     * @param resolvedTo what a scope is written with instead of its name alone, by scope id; empty for none
     * @return the phrase, or empty as above
     */
    public java.util.Optional<String> everyScope(java.util.Collection<String> scopes, java.util.Map<String, String> resolvedTo) {
        return everyScope(scopes, resolvedTo, false);
    }

    /**
     * As {@link #everyScope(java.util.Collection, java.util.Map)}, for a line under a sentence that names them already:
     * where they are every focus area (partner) of the agreement, without naming them again ({@code hver af de ni
     * partnerkommuner}); else the same.
     *
     * @param scopes     the partner or focus area ids the rows are for; duplicates count once
     * @param resolvedTo what a scope is written with instead of its name alone, by scope id; empty for none
     * @return the phrase, or empty when there are fewer than two or they are of mixed kinds
     */
    public java.util.Optional<String> everyScopeBriefly(java.util.Collection<String> scopes, java.util.Map<String, String> resolvedTo) {
        return everyScope(scopes, resolvedTo, true);
    }

    private java.util.Optional<String> everyScope(java.util.Collection<String> scopes, java.util.Map<String, String> resolvedTo, boolean briefly) {
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>(scopes);
        String kind = labels.focusAreaIds().containsAll(distinct) ? "area" : labels.partnerIds().containsAll(distinct) ? "partner" : null;
        if (distinct.size() < 2 || kind == null) {
            return java.util.Optional.empty();
        }
        if (briefly && distinct.equals(kind.equals("area") ? labels.focusAreaIds() : labels.partnerIds())) {
            return java.util.Optional.of(phrase("every." + kind + ".all.brief", "n", number(distinct.size())));
        }
        String names = resolvedTo.isEmpty() ? names(distinct) : list(sorted(distinct).stream()
                .map(id -> resolvedTo.containsKey(id) ? phrase("every.resolved", "resolved", resolvedTo.get(id), "scope", labels.label("scope", id))
                        : labels.label("scope", id)).toList());
        boolean all = distinct.equals(kind.equals("area") ? labels.focusAreaIds() : labels.partnerIds());
        return java.util.Optional.of(phrase("every." + kind + (all ? ".all" : ".some"), "n", number(distinct.size()), "list", names));
    }

    /**
     * Partners or focus areas by name, in the language's order, as a list: {@code Furesø, Køge og Rødovre Kommune} (Danish
     * writes the common "Kommune" once), {@code Furesø Kommune, Køge Kommune and Rødovre Kommune}.
     *
     * @param scopes the partner or focus area ids; duplicates count once
     * @return their names, sorted by the language's collation and joined as a list
     */
    public String names(java.util.Collection<String> scopes) {
        List<String> items = sorted(scopes).stream().map(id -> labels.label("scope", id)).toList();
        java.util.Optional<String> suffix = labels.optional("every.partner.suffix").filter(t -> !t.isBlank()).map(t -> " " + t.strip());
        if (items.size() > 1 && suffix.isPresent() && items.stream().allMatch(i -> i.endsWith(suffix.get()))) {
            return listSharing(items, suffix.get().strip());
        }
        return list(items);
    }

    /**
     * Names that end in the same word, as one list with that word once at its end, in the plural where there is more than
     * one and the language has a plural for it ({@code place.plural.Kommune}): "Roskilde og Rødovre Kommuner".
     *
     * @param items names, in order, each ending in a space and {@code word}
     * @param word  the word they share, such as {@code Kommune}
     * @return the list, the shared word once
     */
    public String listSharing(List<String> items, String word) {
        String once = items.size() > 1 ? labels.optional("place.plural." + word).orElse(word) : word;
        return list(items.stream().map(i -> i.substring(0, i.length() - word.length() - 1)).toList()) + " " + once;
    }

    private List<String> sorted(java.util.Collection<String> scopes) {
        java.text.Collator order = java.text.Collator.getInstance(language().locale());
        return new java.util.LinkedHashSet<>(scopes).stream().sorted(java.util.Comparator.comparing((String id) -> labels.label("scope", id), order)).toList();
    }

    /**
     * A small number in words ({@code fire}, {@code four}) where the words have it, else in digits.
     *
     * @param n the number
     * @return the number in words (up to what the language's words list) or in digits
     */
    public String number(int n) {
        return labels.optional("number." + n).orElse(String.valueOf(n));
    }

    /**
     * A small number in words for a noun of {@code neuter} gender where the language tells them apart ({@code et møde}).
     *
     * @param n      the number
     * @param neuter whether the noun takes {@code et} (only 1 differs)
     * @return the number in words or in digits
     */
    public String number(int n, boolean neuter) {
        return neuter && n == 1 ? labels.optional("number.1.neuter").orElseGet(() -> number(1)) : number(n);
    }

    /**
     * A count of what was found, held or changed, in prose: none as {@code ingen} ({@code no}), one stressed
     * ({@code én fejl}, {@code ét møde}), two to twelve in words ({@code fire møder}), more in digits ({@code 13 advarsler}).
     * {@code neuter} for a noun that takes {@code et}.
     *
     * @param n      the count, 0 or more
     * @param neuter whether the noun takes {@code et}
     * @return the count in prose
     */
    public String count(long n, boolean neuter) {
        if (n == 0 || n == 1) {
            return labels.optional("count." + n + (neuter && n == 1 ? ".neuter" : "")).orElse(String.valueOf(n));
        }
        return n <= 12 ? number((int) n) : String.valueOf(n);
    }

    /**
     * A reading the shipped rules state, in the language; a pack's own reading as its author wrote it.
     *
     * @param reading the reading as a rule states it (in English)
     * @return the reading in the language, or {@code reading} itself when the library has no words for it
     */
    public String reading(String reading) {
        return Labels.readingKey(reading).map(labels::text).orElse(reading);
    }

    /**
     * Why nothing applies: {@code reason} is {@code no-rule}, {@code outside-period} or {@code outside-term}; the
     * intervals are when what the rules state holds.
     *
     * @param reason    {@code no-rule}, {@code outside-period} or {@code outside-term}, as {@code Why.reason()} gives it
     * @param intervals when what the rules state holds; none gives the {@code no-rule} sentence
     * @param asOf      the day asked about; {@code null} gives the {@code no-rule} sentence
     * @return one or more sentences
     * @throws IllegalStateException when {@code reason} is none of the three
     */
    public String why(String reason, List<Validity> intervals, LocalDate asOf) {
        if (asOf == null || intervals.isEmpty()) {
            return phrase("why.no-rule");
        }
        List<String> reasons = intervals.stream().map(v -> capitalised(whyNot(v, asOf, false))).distinct().toList();
        if (reasons.size() > 1) {
            // among other reasons, a sentence says only its own: "Aftaleperioden sluttede den 31. december 2024." and not
            // that the kommissorium does not apply, where the next sentence names a task the tool still shows after it
            reasons = intervals.stream().map(v -> capitalised(whyNot(v, asOf, true))).distinct().toList();
        }
        return phrase("why." + reason, "date", date(asOf), "reasons", String.join(" ", reasons));
    }

    /**
     * One sentence on why an interval does not hold on {@code asOf}: in the words of what it holds by where the
     * language has them ("Aftaleperioden sluttede den 31. december 2024; kommissoriet gælder ikke den 1. marts 2025."),
     * else in general words.
     */
    private String whyNot(Validity v, LocalDate asOf, boolean among) {
        String key = asOf.isAfter(v.to()) ? "why.ended" : "why.not-begun";
        java.util.List<String> parts = new java.util.ArrayList<>(List.of("basis", basis(v.basis()), "interval", period(v),
                "date", date(asOf), "from", inText(v.from()), "to", inText(v.to())));
        for (Validity.Basis shape : Validity.Basis.values()) {
            java.util.Optional<List<String>> named = shape.named(v.basis());
            String own = key + "." + shape.key.substring("basis.".length());
            if (among && labels.optional(own + ".among").isPresent()) {
                own = own + ".among";
            }
            if (named.isPresent() && labels.optional(own).isPresent()) {
                for (int i = 0; i < shape.parts.length; i++) {
                    parts.add(shape.parts[i]);
                    parts.add(shape.kinds[i] == null ? named.get().get(i) : labels.label(shape.kinds[i], named.get().get(i)));
                }
                return phrase(own, parts.toArray(String[]::new));
            }
        }
        return phrase(key, parts.toArray(String[]::new));
    }


    /**
     * What an interval holds by, in the language: the agreement period, a chair municipality's term or a partner's
     * membership, as {@link Validity#basis()} names them; any other basis as it is written.
     *
     * @param basis a {@link Validity#basis()}
     * @return the basis in words of the language
     */
    public String basis(String basis) {
        for (Validity.Basis shape : Validity.Basis.values()) {
            java.util.Optional<List<String>> named = shape.named(basis);
            if (named.isPresent()) {
                String[] parts = new String[2 * shape.parts.length];
                for (int i = 0; i < shape.parts.length; i++) {
                    parts[2 * i] = shape.parts[i];
                    parts[2 * i + 1] = shape.kinds[i] == null ? named.get().get(i) : labels.label(shape.kinds[i], named.get().get(i));
                }
                return phrase(shape.key, parts);
            }
        }
        return basis;
    }

    /**
     * {@code " den 2022-01-01"} for a date, {@code ""} for none: what a question adds when asked about a day.
     *
     * @param asOf the day asked about, or {@code null}
     * @return the phrase to append to a question, or the empty string
     */
    public String on(LocalDate asOf) {
        return asOf == null ? "" : phrase("on", "date", date(asOf));
    }

    /**
     * A day as the language writes it in a sentence: {@code 1. juni 2022}, {@code 1 June 2022}.
     *
     * @param day the day
     * @return the day in words, with the language's month names
     */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(language() == Language.DA ? "d. MMMM yyyy" : "d MMMM yyyy", language().locale()).format(day);
    }

    /**
     * {@code a, b og c}; {@code a, b and c}; {@code culture and health; music; and youth} where an item holds "and".
     *
     * @param items the items, already in the language
     * @return the items joined as the language lists them; empty for none, the item itself for one
     */
    public String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        String and = labels.text("list.and");
        // "culture and health, music and youth" reads as two items: where the words mark lists whose items hold "and"
        // themselves, the items are set apart ("culture and health; music; and youth")
        java.util.Optional<String> apart = labels.optional("list.apart").filter(a -> !a.isBlank());
        if (apart.isPresent() && items.stream().anyMatch(i -> i.contains(" " + and + " "))) {
            return items.size() == 2 ? items.get(0) + ", " + and + " " + items.get(1)
                    : String.join(apart.get() + " ", items.subList(0, items.size() - 1)) + apart.get() + " " + and + " " + items.get(items.size() - 1);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    /**
     * A phrase of the language by its key in {@code words_LANG.properties}, its parts filled in from name-value pairs:
     * {@code phrase("valid", "from", "2021-01-01", "to", "2024-12-31")}.
     *
     * @param key            the key, e.g. {@code valid}
     * @param namesAndValues names and values in turn; a part not given stays as {@code {name}}
     * @return the phrase
     * @throws IllegalStateException when the words have no such key
     */
    public String phrase(String key, String... namesAndValues) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.putIfAbsent(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fill(labels.text(key), values::get, false);
    }

    /** A part of a phrase or message, {@code {name}}: letters and digits, camelCase too. */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}");

    /**
     * Fills each {@code {name}} of {@code template} once, from {@code value}, never looking into what it has put in: a
     * name that holds {@code {to}} or {@code {on}} is written as it is. A name without a value is kept, or left out
     * when {@code drop}.
     */
    private static String fill(String template, Function<String, String> value, boolean drop) {
        java.util.regex.Matcher m = PART.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = value.apply(m.group(1));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(v != null ? v : drop ? "" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The question who takes {@code action} on {@code matter}: {@code Hvem skal godkende årsplanen for Musikindsatsen?};
     * {@code modalities} as the answer has them (must, or must or may), {@code scope} and {@code asOf} when asked.
     *
     * @param action     the action id asked about
     * @param matter     the matter id asked about
     * @param scope      the scope asked about, or {@code null}
     * @param modalities the modalities of the rows that answer; decides {@code skal} or {@code skal eller kan}
     * @param asOf       the day asked about, or {@code null}
     * @return the question as the answer's heading
     */
    public String who(String action, String matter, String scope, List<Modality> modalities, LocalDate asOf) {
        return whoPhrase("question.who", action, matter, scope, modalities, asOf);
    }

    /**
     * The question who takes {@code action} towards {@code recipient}, an actor the action is done to rather than a matter:
     * {@code Hvem skal orientere Kulturmetropolens politiske styregruppe?} (not "orientere om ..."), where the language
     * has words for the action with a recipient ({@code action.<action>.do.recipient}); else as {@link #who}.
     *
     * @param action     the action id asked about
     * @param recipient  the actor id the action is done to
     * @param scope      the scope asked about, or {@code null}
     * @param modalities the modalities of the rows that answer
     * @param asOf       the day asked about, or {@code null}
     * @return the question as the answer's heading
     */
    public String whoRecipient(String action, String recipient, String scope, List<Modality> modalities, LocalDate asOf) {
        return recipientPhrase("question.who", action, recipient, scope, modalities, asOf);
    }

    /**
     * That the text does not say who takes {@code action} towards {@code recipient}, as {@link #whoRecipient} asks it:
     * "Kommissoriet siger intet om, hvem der skal orientere de politiske næstformænd."
     *
     * @param action     the action id asked about
     * @param recipient  the actor id the action is done to
     * @param scope      the scope asked about, or {@code null}
     * @param modalities the modalities asked about
     * @param asOf       the day asked about, or {@code null}
     * @return the sentence
     */
    public String whoRecipientNone(String action, String recipient, String scope, List<Modality> modalities, LocalDate asOf) {
        return recipientPhrase("none.who", action, recipient, scope, modalities, asOf);
    }

    /**
     * What must be done to {@code recipient}, said from its side, where the vocabulary has the words for it
     * ({@code action.<id>.done.recipient}): "de politiske næstformænd skal orienteres", "the political vice-chairs must
     * be kept informed".
     * <pre>{@code
     * Sentences.of(labels).recipientDone("inform", "vice-chair", null) // Optional[de politiske næstformænd skal orienteres]
     * }</pre>
     *
     * @param action    the action id
     * @param recipient the actor id the action is done to
     * @param scope     the scope asked about, or {@code null}
     * @return the clause, or empty when the vocabulary has no words for the action said so
     */
    public Optional<String> recipientDone(String action, String recipient, String scope) {
        return labels.optional("action." + action + ".done.recipient")
                .map(pattern -> fill(pattern, name -> name.equals("matter") ? whom(recipient, scope) : null, false));
    }

    /** The recipient of an action as a sentence names it, with the scope asked about: "de politiske næstformænd". */
    private String whom(String recipient, String scope) {
        return (labels.has("matter", recipient) ? labels.inSentence("matter", recipient) : labels.inSentence("actor", recipient))
                + (scope == null ? "" : " " + labels.scopePhrase(scope));
    }

    private String recipientPhrase(String key, String action, String recipient, String scope, List<Modality> modalities, LocalDate asOf) {
        Optional<String> pattern = labels.optional("action." + action + ".do.recipient");
        if (pattern.isEmpty()) {
            return whoPhrase(key, action, recipient, scope, modalities, asOf);
        }
        String how = String.join(" " + labels.text("list.or") + " ", modalities.stream().map(this::modality).toList());
        String whom = whom(recipient, scope);
        String does = fill(pattern.get(), name -> name.equals("matter") ? whom : null, false);
        return phrase(key, "modality", how, "do", does, "on", on(asOf));
    }

    /**
     * That the text does not say who takes the action asked about, in words of the question: "Kommissoriet siger intet
     * om, hvem der skal godkende årsplanen i Roskilde Kommune."
     *
     * @param action     the action id asked about
     * @param matter     the matter id asked about
     * @param scope      the scope asked about, or {@code null}
     * @param modalities the modalities asked about
     * @param asOf       the day asked about, or {@code null}
     * @return the sentence
     */
    public String whoNone(String action, String matter, String scope, List<Modality> modalities, LocalDate asOf) {
        return whoPhrase("none.who", action, matter, scope, modalities, asOf);
    }

    private String whoPhrase(String key, String action, String matter, String scope, List<Modality> modalities, LocalDate asOf) {
        String how = String.join(" " + labels.text("list.or") + " ", modalities.stream().map(this::modality).toList());
        String does = does(action, matter, scope, List.of(), null, id -> List.of());
        if (modalities.equals(List.of(Modality.MUST))) {
            // a duty that is a state is asked in the present: "Hvem har ansvaret for ...?", not "Hvem skal have ansvaret for ...?"
            for (String pair : labels.text("question.who.state.verbs").split("\\|")) {
                String[] verb = pair.split(":");
                if (does.startsWith(verb[0] + " ")) {
                    return phrase(key + ".state", "do", verb[1] + does.substring(verb[0].length()), "on", on(asOf));
                }
            }
        }
        return phrase(key, "modality", how, "do", does, "on", on(asOf));
    }

    /** What the bearer does: the action's pattern with the matter (and scope), and the recipients where it takes them. */
    private String does(String action, String matterId, String scope, List<String> recipients, String actor,
                        Function<String, List<String>> resolved) {
        // a matter of one scope may read as the scope itself: "Musikindsatsen", not "indsatsområdet for Musikindsatsen"
        String matter = scope != null && labels.optional("matter." + matterId + ".scoped").isPresent()
                ? labels.text("matter." + matterId + ".scoped").replace("{scope}", labels.label("scope", scope))
                : labels.inSentence("matter", matterId) + (scope == null ? "" : " " + labels.scopePhrase(scope));
        List<String> to = recipients;
        String body = matterId.contains(":") ? matterId.substring(matterId.indexOf(':') + 1) : null;
        boolean recipientsNamedByMatter = to.equals(List.of(matterId)) || body != null && to.equals(List.of(body));
        String key = "action." + action + ".do";
        String pattern;
        if (labels.optional(key + "." + matterId).isPresent() && (to.isEmpty() || recipientsNamedByMatter)) {
            // an action that reads its own way with this matter; {scope} where the scope goes, if anywhere
            // {area} the focus area asked by its name, or every focus area where none is
            return labels.text(key + "." + matterId).replace("{scope}", scope == null ? "" : labels.scopePhrase(scope))
                    .replace("{area}", scope == null ? labels.text("each.area") : labels.label("scope", scope))
                    .replace("  ", " ").replace(" ,", ",").strip();
        } else if (!to.isEmpty() && !recipientsNamedByMatter && labels.optional(key + ".to." + matterId).isPresent()) {
            // an action that reads its own way with this matter and its recipients: "aflægge regnskab til ..."
            // filled in one pass, so a scope whose name holds {to} or {matter} is written as it is
            String scoped = scope == null ? "" : labels.scopePhrase(scope);
            return fill(labels.text(key + ".to." + matterId), name -> name.equals("scope") ? scoped : name.equals("matter") ? matter
                    : name.equals("to") ? actors(recipients, resolved) : null, false).replace("  ", " ");
        } else if (actor != null && matterId.equals(actor) && labels.optional(key + ".self").isPresent()) {
            pattern = labels.text(key + ".self");
        } else if (!to.isEmpty() && !recipientsNamedByMatter) {
            pattern = labels.optional(key + ".to").orElse(labels.optional(key).orElse(action + " {matter}") + " " + labels.text("to"));
        } else {
            pattern = labels.optional(key).orElse(action + " {matter}");
        }
        return fill(pattern, name -> name.equals("matter") ? matter : name.equals("to") ? actors(recipients, resolved) : null, false);
    }

    /**
     * A message of the checks (a finding, a decision) by its key in the words, its parts filled in. A part named after a
     * kind of id is written as the id itself when {@code ids} is true, else as its label: {@code action}, {@code matter},
     * {@code post}, {@code subject} as labels; {@code actor}, {@code actor2}, {@code body}, {@code municipality} in their
     * sentence form; {@code modality}, {@code modality2} as words. {@code scope} and {@code about} become a phrase
     * ({@code " for music"}, {@code " om indsatsområdets realisering"}) or nothing; {@code actors} and {@code holders} are
     * lists of ids separated by {@code |}; {@code cycle} is such a list joined by the key's {@code .joiner}; {@code do} and
     * {@code do2} are {@code action|matter|scope} as what the bearer does; {@code dates} is a list of days
     * ({@code 2022-09-15|2023-09-15}), written as the language writes days in a sentence. Any other part is written as it is; a part not given is
     * left out.
     *
     * <pre>{@code
     * Map<String, String> parts = Map.of("matter", "annual-plan", "scope", "music", "from", "2023-01-01", "to", "2024-12-31");
     * Sentences.english().message("finding.no-approver", parts, true);
     * // "annual-plan for music must be approved, but no one approves it from 2023-01-01 to 2024-12-31"
     * }</pre>
     *
     * @param key   the message's key in the words, e.g. {@code finding.no-approver}
     * @param parts the parts by name; see above for how each is written
     * @param ids   true to write ids as ids (the English of JSON's {@code message}), false to write them as labels
     * @return the message
     * @throws IllegalStateException when the words have no such key
     */
    public String message(String key, java.util.Map<String, String> parts, boolean ids) {
        return fill(labels.text(key), name -> parts.containsKey(name) ? part(key, name, parts.get(name), ids) : null, true);
    }

    private String part(String key, String name, String value, boolean ids) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        List<String> items = List.of(value.split("\\|", -1));
        return switch (name) {
            case "action", "matter", "post", "subject" -> ids ? value : labels.label(name, value);
            case "actor", "actor2", "body", "municipality" -> ids ? value : labels.inSentence("actor", value);
            case "modality", "modality2" -> ids ? value : modality(Modality.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
            case "scope" -> " " + (ids ? labels.text("scope.focus-area").replace("{scope}", value) : labels.scopePhrase(value));
            case "about" -> phrase("about", "subject", ids ? value : labels.label("subject", value));
            case "actors" -> list(items.stream().map(id -> ids ? id : labels.inSentence("actor", id)).toList());
            case "holders" -> String.join(", ", items.stream().map(id -> ids ? id : labels.inSentence("actor", id)).toList());
            case "bodyOf" -> ids ? value + "'s" : labels.optional("genitive." + value).orElse(labels.inSentence("actor", value) + "s");
            case "bodyShort" -> ids ? value : labels.optional("short." + value).orElse(labels.inSentence("actor", value));
            case "bodyShortOf" -> ids ? value + "'s" : labels.optional("short.genitive." + value)
                    .orElse(labels.optional("genitive." + value).orElse(labels.inSentence("actor", value) + "s"));
            case "cycle" -> String.join(labels.text(key + ".joiner"), items.stream().map(id -> ids ? id : labels.inSentence("actor", id)).toList());
            case "dates" -> ids ? String.join(", ", items) : list(items.stream().map(day -> inText(LocalDate.parse(day))).toList());
            case "do", "do2" -> ids ? items.get(0) + " " + items.get(1) + part(key, "scope", items.get(2), true)
                    : does(items.get(0), items.get(1), items.get(2).isEmpty() ? null : items.get(2), List.of(), null, id -> List.of());
            default -> ids ? value : datesInText(value);
        };
    }

    /** A message part that is a day or an interval ({@code 2021-01-01..2024-12-31}), as the language writes it in a sentence. */
    private String datesInText(String value) {
        if (DAY.matcher(value).matches()) {
            return inText(LocalDate.parse(value));
        }
        java.util.regex.Matcher interval = INTERVAL.matcher(value);
        return interval.matches() ? range(LocalDate.parse(interval.group(1)), LocalDate.parse(interval.group(2))) : value;
    }

    private String duty(Duty d, Function<String, List<String>> resolved) {
        // the scope goes without saying when the bearer, a joint bearer or a recipient is of it:
        // "Projektchefen for Musikindsatsen skal lede indsatsområdet"
        boolean scopeNamed = d.scope() != null && java.util.stream.Stream.concat(d.actorIfNamed().stream(),
                java.util.stream.Stream.concat(d.jointlyWith().stream(), d.recipients().stream()))
                .anyMatch(a -> d.scope().equals(a) || d.scope().equals(ActorRef.parse(a).scope()));
        String does = does(d.action(), d.matter(), scopeNamed ? null : d.scope(), d.recipients(), d.actor(), resolved);
        boolean beforeVerb = labels.text("adverbs").equals("before");
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        if (d.frequency() != null) {
            Frequency f = d.frequency();
            boolean plain = !f.alsoAsNeeded() && (!f.isCounted() || f.min() == 1 && Integer.valueOf(1).equals(f.max()));
            (beforeVerb && plain ? before : after).add(frequency(f));
        }
        if (d.condition() != null) {
            (beforeVerb ? before : after).add(condition(d.condition()));
        }
        if (d.due() != null) {
            after.add(due(d.due()));
            if (d.due().kind() == Due.Kind.YEARLY) {
                d.due().occurrencesWithin(d.validity()).stream().findFirst()
                        .ifPresent(first -> after.add(phrase("due.first", "date", date(first))));
            }
        }
        String when = before.isEmpty() ? "" : String.join(" ", before) + " ";
        String then = after.isEmpty() ? "" : " " + String.join(", ", after);
        java.util.Optional<String> finite = labels.optional("action." + d.action() + ".must");
        String infinitive = labels.optional("action." + d.action() + ".do").orElse("");
        String prefix = infinitive.contains("{matter}") ? infinitive.substring(0, infinitive.indexOf("{matter}")) : "";
        if (d.actor() != null && d.modality() == Modality.MUST && d.jointlyWith().isEmpty() && finite.isPresent()
                && !prefix.isEmpty() && does.startsWith(prefix)) {
            // a verb that states the duty itself takes no modal verb: "KMK har ansvaret for ...", not "KMK skal have ansvaret for ..."
            String verb = finite.get().replace("{matter}", does.substring(prefix.length()));
            int space = verb.indexOf(' ');
            // how often goes after the finite verb in a Danish main clause, before the object in English
            String sentence = beforeVerb ? verb.substring(0, space + 1) + when + verb.substring(space + 1) : verb;
            return actor(d.actor(), resolved) + " " + sentence + then;
        }
        return d.actor() == null
                ? phrase("duty.unnamed", "modality", modality(d.modality()), "before", when, "do", does, "after", then)
                : phrase(d.jointlyWith().isEmpty() ? "duty" : "duty.jointly", "actor", actor(d.actor(), resolved),
                "modality", modality(d.modality()), "before", when, "do", does, "with", actors(d.jointlyWith(), resolved), "after", then);
    }

    private String line(ReportingLine l, Function<String, List<String>> resolved) {
        // a line for the duties of a post is about those duties: "om opgaverne som hjemkommune for Musikindsatsen"
        String subject = l.forDutiesOf() != null ? phrase("line.for-duties-of", "post", labels.label("post", l.forDutiesOf()))
                : labels.label("subject", l.about());
        StringBuilder out = new StringBuilder(l.about().equals(ReportingLine.GENERAL) && l.forDutiesOf() == null
                ? phrase("line.general", "from", actor(l.from(), resolved), "to", actor(l.to(), resolved))
                : phrase("line", "from", actor(l.from(), resolved), "to", actor(l.to(), resolved), "subject", subject));
        if (!l.jointlyWith().isEmpty()) {
            out.append(", ").append(phrase("line.jointly", "with", actors(l.jointlyWith(), resolved)));
        }
        if (!l.via().isEmpty()) {
            out.append(", ").append(phrase("line.via", "via", actors(l.via(), resolved)));
        }
        return out.toString();
    }

    private String actors(List<String> actors, Function<String, List<String>> resolved) {
        return list(actors.stream().map(a -> actor(a, resolved)).toList());
    }

    /**
     * The actor {@code a} (its id) as a sentence names it, and what it resolves to when that differs:
     * {@code den politiske formand (kulturudvalgsformanden i Ishøj Kommune)}; a body is named as the body.
     *
     * @param a        the actor id
     * @param resolved what an actor id resolves to on the day asked, as ids
     * @return the actor's sentence form, with what it resolves to in parentheses when that says more
     */
    public String actor(String a, Function<String, List<String>> resolved) {
        String named = labels.inSentence("actor", a);
        if (Vocabulary.BODIES.containsKey(a)) {
            // a body is named as the body; who sits in it is what 'members' answers, and JSON's resolvedTo lists
            return named;
        }
        // who holds the post, in the form a sentence uses: "(kulturudvalgsformanden i Ishøj Kommune)"
        List<String> to = resolved.apply(a).stream().map(id -> labels.inSentence("actor", id)).toList();
        // a partner named by its post reads as the partner itself ("Køge Kommune"): no need to say so twice
        return to.isEmpty() || to.equals(List.of(named)) || to.equals(List.of(labels.label("actor", a))) ? named
                : named + " (" + String.join(", ", to) + ")";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
