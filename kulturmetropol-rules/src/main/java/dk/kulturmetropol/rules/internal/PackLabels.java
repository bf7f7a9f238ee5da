package dk.kulturmetropol.rules.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kulturmetropol.model.Labels;
import dk.kulturmetropol.model.Language;
import dk.kulturmetropol.rules.RulePackException;

/**
 * The labels a DRL pack gives the ids it brings: one {@code declare} per id, the id by its kind and its words in each
 * language as metadata, as {@code @da} and {@code @en} give a rule's sentence beside the rule:
 *
 * <pre>{@code
 * declare AnnualStatus
 *     @matter("annual-status")
 *     @da("årlig status")
 *     @da_the("den årlige status")
 *     @en("annual status")
 *     @en_the("the annual status")
 * end
 * }</pre>
 *
 * The kind is one of {@code @actor}, {@code @action}, {@code @matter}, {@code @subject}; {@code @da} and {@code @en} are
 * the label a table shows and are both required; {@code @da_FORM} and {@code @en_FORM} give the forms of the library's
 * words ({@code _the}, {@code _of}, {@code _the_of}, {@code _do}, {@code _do_to}, {@code _do_self}), the same keys a data
 * pack's {@code labels} give ({@code matter.annual-status.the}). A declared type with none of these is a type of the
 * pack's own and is left alone. Not API.
 */
final class PackLabels {
    private static final List<String> KINDS = List.of("actor", "action", "matter", "subject");
    private static final List<String> FORMS = List.of("", "_the", "_of", "_the_of", "_do", "_do_to", "_do_self");
    private static final String ACCEPTED = "a label declaration names its id with one of @actor, @action, @matter, @subject "
            + "(a kebab-case id the vocabulary does not label) and gives @da and @en (the label), and may give the forms "
            + "@da_the, @da_of, @da_the_of, @da_do, @da_do_to, @da_do_self and the same with @en_";

    private PackLabels() {
    }

    /**
     * The labels the label declarations among {@code declared} give, by language and key ({@code actor.slots-og-kulturstyrelsen}).
     *
     * @throws RulePackException naming the file and line of a declaration that is not a label declaration as accepted
     */
    static Declared of(List<Type> declared, List<RuleSource> sources) {
        Map<Language, Map<String, String>> labels = new EnumMap<>(Language.class);
        Map<String, String> givenAt = new TreeMap<>();
        List<Type> types = declared.stream().sorted(java.util.Comparator.comparing(t -> t.packageName() + "." + t.simpleName())).toList();
        for (Type type : types) {
            Map<String, Object> meta = type.metaData();
            List<String> kinds = KINDS.stream().filter(meta::containsKey).toList();
            boolean words = meta.keySet().stream().anyMatch(k -> k.equals("da") || k.equals("en") || k.startsWith("da_") || k.startsWith("en_"));
            if (kinds.isEmpty() && !words) {
                continue;
            }
            String where = where(type, null, sources) + ": declare '" + type.simpleName() + "'";
            if (kinds.size() != 1) {
                throw new RulePackException(where + (kinds.isEmpty() ? " gives words but names no id"
                        : " names " + kinds.stream().map(k -> "@" + k).collect(java.util.stream.Collectors.joining(" and ")) + "; one declaration labels one id")
                        + "; " + ACCEPTED);
            }
            String kind = kinds.get(0);
            String id = text(meta, kind, type, sources);
            if (!dk.kulturmetropol.model.ActorRef.isId(id)) {
                throw new RulePackException(where(type, kind, sources) + ": declare '" + type.simpleName() + "': @" + kind + " is '"
                        + ControlCharacters.visible(id) + "', expected a kebab-case id such as 'annual-status'; " + ACCEPTED);
            }
            for (String key : meta.keySet()) {
                if (!key.equals(kind) && !isForm(key)) {
                    throw new RulePackException(where(type, key, sources) + ": declare '" + type.simpleName() + "': @" + key
                            + " is not a label's; " + ACCEPTED);
                }
            }
            for (Language language : Language.values()) {
                if (!meta.containsKey(language.id())) {
                    throw new RulePackException(where + " labels " + kind + " '" + id + "' without @" + language.id() + "(\"...\"); " + ACCEPTED);
                }
            }
            for (String key : meta.keySet().stream().filter(PackLabels::isForm).sorted().toList()) {
                Language language = Language.parse(key.substring(0, 2));
                String labelKey = kind + "." + id + key.substring(2).replace('_', '.');
                String at = where(type, key, sources);
                if (Labels.isBuiltIn(labelKey)) {
                    throw new RulePackException(at + ": declare '" + type.simpleName() + "': " + kind + " '" + id
                            + "' is the library's own (label key '" + labelKey + "'); a pack labels only the ids it brings");
                }
                String label = text(meta, key, type, sources).strip();
                if (label.isEmpty()) {
                    throw new RulePackException(at + ": declare '" + type.simpleName() + "': @" + key + " is empty; expected the words for "
                            + kind + " '" + id + "'");
                }
                String before = labels.computeIfAbsent(language, l -> new TreeMap<>()).putIfAbsent(labelKey, label);
                if (before != null && !before.equals(label)) {
                    throw new RulePackException(at + ": declare '" + type.simpleName() + "': @" + key + " labels " + kind + " '" + id
                            + "' '" + label + "', but " + givenAt.get(language.id() + " " + labelKey) + " labels it '" + before
                            + "'; one id has one label: label it once");
                }
                givenAt.putIfAbsent(language.id() + " " + labelKey, at);
            }
        }
        Map<Language, Map<String, String>> result = new EnumMap<>(Language.class);
        labels.forEach((language, words) -> result.put(language, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words))));
        return new Declared(result, givenAt);
    }

    /**
     * A type a DRL source declares, as the compiled rules hold it.
     *
     * @param packageName its DRL package
     * @param simpleName  its name in the {@code declare}
     * @param metaData    its annotations, by name, their values as written
     */
    record Type(String packageName, String simpleName, Map<String, Object> metaData) {
        Type {
            metaData = metaData == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metaData));
        }
    }

    /**
     * What the label declarations give.
     *
     * @param labels  by language and key
     * @param givenAt where each was given ({@code origin:line}), by language id, a space and key ({@code da matter.x})
     */
    record Declared(Map<Language, Map<String, String>> labels, Map<String, String> givenAt) {
        Declared {
            labels = Map.copyOf(labels);
            givenAt = Map.copyOf(givenAt);
        }
    }

    private static boolean isForm(String key) {
        return (key.startsWith("da") || key.startsWith("en")) && FORMS.contains(key.substring(2));
    }

    private static String text(Map<String, Object> meta, String key, Type type, List<RuleSource> sources) {
        String text = DerivedFacts.unquote(String.valueOf(meta.get(key)));
        ControlCharacters.problem(text).ifPresent(why -> {
            throw new RulePackException(where(type, key, sources) + ": declare '" + type.simpleName() + "': @" + key + " " + why);
        });
        return text;
    }

    /**
     * {@code origin:line} of {@code @key} in the declaration of {@code type} (of the declaration itself when {@code key}
     * is null or not found), or {@code declare 'Name'} when no source declares it.
     */
    private static String where(Type type, String key, List<RuleSource> sources) {
        Pattern declaration = Pattern.compile("^[ \\t]*declare\\s+" + Pattern.quote(type.simpleName()) + "\\b", Pattern.MULTILINE);
        Pattern end = Pattern.compile("^[ \\t]*end\\b", Pattern.MULTILINE);
        for (RuleSource source : sources) {
            Matcher pkg = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE).matcher(source.drl());
            if (!pkg.find() || !pkg.group(1).equals(type.packageName())) {
                continue;
            }
            Matcher m = declaration.matcher(source.drl());
            if (!m.find()) {
                continue;
            }
            int at = m.start();
            if (key != null) {
                Matcher e = end.matcher(source.drl());
                int stop = e.find(m.end()) ? e.start() : source.drl().length();
                Matcher k = Pattern.compile("@" + Pattern.quote(key) + "\\b").matcher(source.drl()).region(m.end(), stop);
                if (k.find()) {
                    at = k.start();
                }
            }
            return source.origin() + ":" + lineOf(source.drl(), at);
        }
        return "declare '" + type.simpleName() + "'";
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
