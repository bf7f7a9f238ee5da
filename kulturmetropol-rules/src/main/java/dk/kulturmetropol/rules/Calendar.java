package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.internal.Snapshot;

/**
 * Behind {@link Governance#calendar}: what falls due in a window, from the rules' typed deadlines and frequencies. What
 * the text dates falls due on its date. What it asks yearly without a date gets a window, a reading: an account of a
 * year in the year after ("det forudgående års regnskab"), a plan or budget for a year in the year before it begins
 * ("det kommende års årsplan"), a counted duty (meetings) within the year or quarter it counts over; each falls due on
 * the last day of its window, never on a day the text names.
 */
final class Calendar {
    private Calendar() {
    }

    /** Matters that give account of a year: read as due in the year after it ("det forudgående års regnskab"). */
    static final Set<String> ACCOUNTS = Set.of("annual-accounts", "audited-annual-accounts", "secretariat-accounts");

    /** Matters that plan a year: read as due in the year before it begins ("det kommende års årsplan", budget). */
    static final Set<String> PLANS = Set.of("annual-plan", "budget", "budget-proposal");

    static List<Deadline> between(Snapshot snapshot, Questions questions, LocalDate from, LocalDate to) {
        List<Deadline> all = new ArrayList<>();
        for (Duty d : snapshot.facts().duties()) {
            Due due = d.due();
            if (due != null) {
                List<LocalDate> dates = due.kind() == Due.Kind.ON ? List.of(due.date()) : due.occurrencesWithin(d.validity());
                for (LocalDate date : dates) {
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(Deadline.dated(date, questions.row(d, within(d.validity(), date)), "due " + due));
                    }
                }
            } else if (d.frequency() != null && d.frequency().min() > 0 && d.frequency().per() == Frequency.Per.YEAR
                    && (ACCOUNTS.contains(d.matter()) || PLANS.contains(d.matter()))) {
                boolean accounts = ACCOUNTS.contains(d.matter());
                for (int year = d.validity().from().getYear(); year <= d.validity().to().getYear(); year++) {
                    int concerns = accounts ? year - 1 : year + 1;
                    LocalDate start = LocalDate.of(year, 1, 1);
                    LocalDate end = LocalDate.of(year, 12, 31);
                    if (!d.validity().contains(start) || !d.validity().contains(end)
                            || concerns < d.validity().from().getYear() || concerns > d.validity().to().getYear()) {
                        continue; // the window, or the year it gives account of or plans, lies outside the duty
                    }
                    if (!end.isBefore(from) && !end.isAfter(to)) {
                        all.add(new Deadline(end, accounts ? Deadline.Kind.YEAR_AFTER : Deadline.Kind.YEAR_BEFORE, questions.row(d, end),
                                (accounts ? "for " + concerns + ", in the year after" : "for " + concerns + ", in the year before"),
                                start, String.valueOf(concerns),
                                accounts ? "a reading: the text gives no date; what accounts for " + concerns + " is read as due in the year after, "
                                        + year : "a reading: the text gives no date; what plans " + concerns
                                        + " is read as due before that year begins, in " + year));
                    }
                }
            } else if (d.frequency() != null && d.frequency().min() > 0
                    && (d.frequency().per() == Frequency.Per.YEAR || d.frequency().per() == Frequency.Per.QUARTER)) {
                for (CountedPeriod counted : CountedPeriod.of(d.frequency().per(), d.validity().from().getYear(), d.validity().to().getYear())) {
                    if (counted.to().isBefore(d.validity().from()) || counted.from().isAfter(d.validity().to())) {
                        continue;
                    }
                    LocalDate date = counted.to().isAfter(d.validity().to()) ? d.validity().to() : counted.to();
                    LocalDate start = counted.from().isBefore(d.validity().from()) ? d.validity().from() : counted.from();
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(new Deadline(date, Deadline.Kind.RECURRING, questions.row(d, date), "counted over " + counted.label(),
                                start, counted.label(), "a reading: the text gives no date within " + counted.label() + "; due by its last day"));
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Deadline::date).thenComparing(x -> x.row().fact().action())
                .thenComparing(x -> x.row().fact().matter()).thenComparing(x -> String.valueOf(x.row().fact().scope())));
        return List.copyOf(all);
    }

    /** The day to resolve a deadline's actors on: the deadline, or the last day the duty holds when it falls after. */
    private static LocalDate within(Validity v, LocalDate date) {
        return v.contains(date) ? date : date.isAfter(v.to()) ? v.to() : v.from();
    }
}
