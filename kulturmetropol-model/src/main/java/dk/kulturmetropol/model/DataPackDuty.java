package dk.kulturmetropol.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a data-only rule pack, as a fact in the rule session: a duty stated as data, which a few fixed
 * rules that ship with the library turn into a {@link Duty} for the agreement, for each partner or for each focus
 * area. Nothing of it is code: placeholders ({@code ${partner}}, {@code ${area}}, {@code ${home}}) are replaced as
 * text in ids, never compiled.
 *
 * @param origin      where the entry is, e.g. {@code my-pack.yaml line 7}
 * @param forEach     {@code the-agreement}, {@code each-partner} or {@code each-focus-area}
 * @param clauseId    the clause id the entry declares
 * @param actor       the actor, e.g. {@code partner-municipality:${partner}}
 * @param action      the action id
 * @param matter      the matter id
 * @param scope       the scope, e.g. {@code ${partner}}, or {@code null}
 * @param modality    must, should or may
 * @param jointlyWith actors it acts together with
 * @param recipients  actors it goes to
 * @param frequency   how often, or {@code null}
 * @param condition   when or within what, or {@code null}
 * @param dueDate     a fixed deadline, or {@code null}
 * @param dueYearly   a yearly deadline, or {@code null}
 */
public record DataPackDuty(String origin, String forEach, String clauseId, String actor, String action, String matter,
                           String scope, Modality modality, List<String> jointlyWith, List<String> recipients,
                           Frequency frequency, Condition condition, LocalDate dueDate, MonthDay dueYearly) {

    /** The values of {@code for}. */
    public static final List<String> FOR_EACH = List.of("the-agreement", "each-partner", "each-focus-area");

    /**
     * Copies the lists and checks the entry as a pack author wrote it.
     *
     * @param origin      where the entry is
     * @param forEach     one of {@link #FOR_EACH}
     * @param clauseId    the clause id
     * @param actor       the actor, placeholders allowed
     * @param action      the action id
     * @param matter      the matter id
     * @param scope       the scope, or {@code null}
     * @param modality    must, should or may
     * @param jointlyWith actors it acts together with; copied
     * @param recipients  actors it goes to; copied
     * @param frequency   how often, or {@code null}
     * @param condition   when or within what, or {@code null}
     * @param dueDate     a fixed deadline, or {@code null}; not with {@code dueYearly}
     * @param dueYearly   a yearly deadline, or {@code null}; not with {@code dueDate}
     * @throws NullPointerException     when {@code origin}, the clause, actor, action, matter or modality is null
     * @throws IllegalArgumentException when {@code forEach} is not one of {@link #FOR_EACH} (listing them), or when both
     *     {@code dueDate} and {@code dueYearly} are given
     */
    public DataPackDuty {
        Objects.requireNonNull(origin, "origin");
        if (!FOR_EACH.contains(forEach)) {
            throw new IllegalArgumentException("'for' is '" + forEach + "', expected one of: " + String.join(", ", FOR_EACH));
        }
        Objects.requireNonNull(clauseId, "clause");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(modality, "modality");
        jointlyWith = List.copyOf(jointlyWith);
        recipients = List.copyOf(recipients);
        if (dueDate != null && dueYearly != null) {
            throw new IllegalArgumentException("'due' is either a date or a yearly month-day, not both");
        }
    }

    /**
     * Whether a bearer in place for {@code validity} has this entry's duty: always, unless the entry is due on a date
     * ({@code due: 2022-03-01}) the bearer is not in place for. A date after the agreement {@code period} ends still
     * goes to a bearer in place to its end (a final account falls due after the period); a date before the bearer is
     * in place (before a partner joins, before the agreement begins), or after it has left early, does not.
     *
     * @param validity when the bearer is in place, e.g. a partner's membership
     * @param period   the agreement period
     * @return whether the duty is the bearer's
     */
    public boolean fallsDueWithin(Validity validity, Validity period) {
        return dueDate == null || validity.contains(dueDate) || dueDate.isAfter(period.to()) && validity.to().equals(period.to());
    }

    /**
     * The duty for the agreement as a whole, valid for {@code validity}.
     *
     * @param rule     the name of the library rule that turns the entry into a duty
     * @param validity when the duty holds, normally the agreement period
     * @return the duty, its deadline the entry's ({@link Due#on} or {@link Due#yearlyOn}) if it gives one
     * @throws IllegalArgumentException when an id left after the placeholders is no actor id
     */
    public Duty forAgreement(String rule, Validity validity) {
        return toDuty(rule, validity, null, null, null);
    }

    /**
     * The duty of partner {@code municipality}, valid while it is a partner.
     *
     * @param rule         the name of the library rule that turns the entry into a duty
     * @param municipality the partner's id, put in for {@code ${partner}}
     * @param membership   the days the partner takes part, which the duty holds for
     * @return the duty of that partner
     * @throws IllegalArgumentException when an id left after the placeholders is no actor id
     */
    public Duty forPartner(String rule, String municipality, Validity membership) {
        return toDuty(rule, membership, municipality, null, null);
    }

    /**
     * The duty for focus area {@code area}, whose home is {@code home}.
     *
     * @param rule     the name of the library rule that turns the entry into a duty
     * @param area     the focus area's id, put in for {@code ${area}}
     * @param home     its home municipality's id, put in for {@code ${home}}
     * @param validity the days that home leads the focus area, which the duty holds for
     * @return the duty for that focus area
     * @throws IllegalArgumentException when an id left after the placeholders is no actor id
     */
    public Duty forFocusArea(String rule, String area, String home, Validity validity) {
        return toDuty(rule, validity, null, area, home);
    }

    private Duty toDuty(String rule, Validity validity, String partner, String area, String home) {
        Duty d = new Duty(rule, clauseId, fill(actor, partner, area, home), fill(action, partner, area, home),
                fill(matter, partner, area, home), scope == null ? null : fill(scope, partner, area, home), modality,
                recipientsOf(jointlyWith, partner, area, home), recipientsOf(recipients, partner, area, home), validity,
                frequency, condition, null, null);
        if (dueDate != null) {
            return d.due(Due.on(dueDate));
        }
        return dueYearly == null ? d : d.due(Due.yearlyOn(dueYearly));
    }

    private static List<String> recipientsOf(List<String> ids, String partner, String area, String home) {
        return ids.stream().map(id -> fill(id, partner, area, home)).toList();
    }

    private static String fill(String text, String partner, String area, String home) {
        String out = text;
        if (partner != null) {
            out = out.replace("${partner}", partner);
        }
        if (area != null) {
            out = out.replace("${area}", area).replace("${home}", home);
        }
        return out;
    }
}
