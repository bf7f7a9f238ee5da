package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.internal.Snapshot;

/** Behind {@link Governance#calendar}: what falls due in a window, from the rules' typed deadlines and frequencies. */
final class Calendar {
    private Calendar() {
    }

    static List<Deadline> between(Snapshot snapshot, Questions questions, LocalDate from, LocalDate to) {
        List<Deadline> all = new ArrayList<>();
        for (Duty d : snapshot.facts().duties()) {
            Due due = d.due();
            if (due != null) {
                List<LocalDate> dates = due.kind() == Due.Kind.ON ? List.of(due.date()) : due.occurrencesWithin(d.validity());
                for (LocalDate date : dates) {
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(new Deadline(date, Deadline.Kind.DEADLINE, questions.row(d, within(d.validity(), date)), "due " + due));
                    }
                }
            } else if (d.frequency() != null && d.frequency().min() > 0
                    && (d.frequency().per() == Frequency.Per.YEAR || d.frequency().per() == Frequency.Per.QUARTER)) {
                for (CountedPeriod counted : CountedPeriod.of(d.frequency().per(), d.validity().from().getYear(), d.validity().to().getYear())) {
                    if (counted.to().isBefore(d.validity().from()) || counted.from().isAfter(d.validity().to())) {
                        continue;
                    }
                    LocalDate date = counted.to().isAfter(d.validity().to()) ? d.validity().to() : counted.to();
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(new Deadline(date, Deadline.Kind.RECURRING, questions.row(d, date), "counted over " + counted.label()));
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
