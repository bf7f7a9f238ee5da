package dk.kulturmetropol.rules.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.ChairTerm;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Condition;
import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;

/**
 * The binary form of a snapshot's content, field by field through the JDK's {@link DataOutput} and {@link DataInput}
 * (in the manner of {@code java.time}'s serial form). Reading builds each record through its constructor, so every
 * invariant is checked again. Plain object serialization would do the same job, but on a cold JVM it spends about
 * 100 ms building the method handles that deserialize records; this reads the shipped snapshot in a few. Not API.
 */
final class SnapshotCodec {
    private SnapshotCodec() {
    }

    static void write(Snapshot.Content c, DataOutput out) throws IOException {
        agreement(c.agreement(), out);
        DerivedFacts d = c.facts();
        out.writeInt(d.duties().size());
        for (Duty x : d.duties()) {
            duty(x, out);
        }
        out.writeInt(d.lines().size());
        for (ReportingLine l : d.lines()) {
            text(l.rule(), out);
            texts(l.clauseIds(), out);
            actor(l.from(), out);
            actor(l.to(), out);
            text(l.about(), out);
            actors(l.jointlyWith(), out);
            actors(l.via(), out);
            validity(l.validity(), out);
            actor(l.forDutiesOf(), out);
            text(l.reading(), out);
        }
        out.writeInt(d.seats().size());
        for (Seat m : d.seats()) {
            text(m.rule(), out);
            text(m.clauseId(), out);
            text(m.body(), out);
            actor(m.member(), out);
            actor(m.drawnFrom(), out);
            out.writeByte(m.modality().ordinal());
            validity(m.validity(), out);
            out.writeBoolean(m.namedByAgreement());
            text(m.reading(), out);
        }
        out.writeInt(d.holdings().size());
        for (PostHolding h : d.holdings()) {
            text(h.rule(), out);
            text(h.clauseId(), out);
            actor(h.post(), out);
            actor(h.holder(), out);
            validity(h.validity(), out);
            out.writeBoolean(h.namedByAgreement());
            text(h.reading(), out);
        }
        out.writeInt(d.placements().size());
        for (Placement p : d.placements()) {
            text(p.rule(), out);
            text(p.clauseId(), out);
            actor(p.actor(), out);
            text(p.host(), out);
            validity(p.validity(), out);
        }
        out.writeInt(c.clauses().size());
        for (Clause cl : c.clauses().values()) {
            text(cl.id(), out);
            text(cl.source(), out);
            text(cl.section(), out);
            text(cl.quote(), out);
        }
        texts(c.ruleNames(), out);
        out.writeInt(c.sentences().size());
        for (Map.Entry<dk.kulturmetropol.model.Language, Map<String, String>> language : c.sentences().entrySet()) {
            text(language.getKey().id(), out);
            out.writeInt(language.getValue().size());
            for (Map.Entry<String, String> rule : new java.util.TreeMap<>(language.getValue()).entrySet()) {
                text(rule.getKey(), out);
                text(rule.getValue(), out);
            }
        }
    }

    static Snapshot.Content read(DataInput in) throws IOException {
        Agreement agreement = agreement(in);
        List<Duty> duties = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            duties.add(duty(in));
        }
        List<ReportingLine> lines = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            lines.add(new ReportingLine(text(in), texts(in), actor(in), actor(in), text(in), actors(in), actors(in),
                    validity(in), actor(in), text(in)));
        }
        List<Seat> seats = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            seats.add(new Seat(text(in), text(in), text(in), actor(in), actor(in), Modality.values()[in.readByte()], validity(in), in.readBoolean(),
                    text(in)));
        }
        List<PostHolding> holdings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            holdings.add(new PostHolding(text(in), text(in), actor(in), actor(in), validity(in), in.readBoolean(), text(in)));
        }
        List<Placement> placements = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            placements.add(new Placement(text(in), text(in), actor(in), text(in), validity(in)));
        }
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            Clause c = new Clause(text(in), text(in), text(in), text(in));
            clauses.put(c.id(), c);
        }
        List<String> ruleNames = texts(in);
        Map<dk.kulturmetropol.model.Language, Map<String, String>> sentences = new java.util.EnumMap<>(dk.kulturmetropol.model.Language.class);
        for (int i = in.readInt(); i > 0; i--) {
            dk.kulturmetropol.model.Language language = dk.kulturmetropol.model.Language.parse(text(in));
            Map<String, String> byRule = new LinkedHashMap<>();
            for (int j = in.readInt(); j > 0; j--) {
                byRule.put(text(in), text(in));
            }
            sentences.put(language, byRule);
        }
        return new Snapshot.Content(agreement, new DerivedFacts(duties, lines, seats, holdings, placements), clauses, ruleNames,
                sentences);
    }

    private static void duty(Duty d, DataOutput out) throws IOException {
        text(d.rule(), out);
        text(d.clauseId(), out);
        actor(d.actor(), out);
        text(d.action(), out);
        text(d.matter(), out);
        text(d.scope(), out);
        out.writeByte(d.modality().ordinal());
        actors(d.jointlyWith(), out);
        actors(d.recipients(), out);
        validity(d.validity(), out);
        Frequency f = d.frequency();
        out.writeBoolean(f != null);
        if (f != null) {
            out.writeByte(f.per().ordinal());
            out.writeInt(f.min());
            out.writeInt(f.max() == null ? -1 : f.max());
            out.writeBoolean(f.alsoAsNeeded());
        }
        out.writeByte(d.condition() == null ? -1 : d.condition().ordinal());
        Due due = d.due();
        out.writeBoolean(due != null);
        if (due != null) {
            out.writeByte(due.kind().ordinal());
            date(due.date(), out);
            out.writeByte(due.monthDay() == null ? 0 : due.monthDay().getMonthValue());
            out.writeByte(due.monthDay() == null ? 0 : due.monthDay().getDayOfMonth());
        }
        text(d.reading(), out);
    }

    private static Duty duty(DataInput in) throws IOException {
        String rule = text(in);
        String clauseId = text(in);
        String actor = actor(in);
        String action = text(in);
        String matter = text(in);
        String scope = text(in);
        Modality modality = Modality.values()[in.readByte()];
        List<String> jointly = actors(in);
        List<String> recipients = actors(in);
        Validity validity = validity(in);
        Frequency frequency = null;
        if (in.readBoolean()) {
            Frequency.Per per = Frequency.Per.values()[in.readByte()];
            int min = in.readInt();
            int max = in.readInt();
            frequency = new Frequency(per, min, max < 0 ? null : max, in.readBoolean());
        }
        int condition = in.readByte();
        Due due = null;
        if (in.readBoolean()) {
            Due.Kind kind = Due.Kind.values()[in.readByte()];
            LocalDate date = date(in);
            int month = in.readByte();
            int day = in.readByte();
            due = new Due(kind, date, month == 0 ? null : MonthDay.of(month, day));
        }
        return new Duty(rule, clauseId, actor, action, matter, scope, modality, jointly, recipients, validity, frequency,
                condition < 0 ? null : Condition.values()[condition], due, text(in));
    }

    private static void agreement(Agreement a, DataOutput out) throws IOException {
        text(a.name(), out);
        date(a.from(), out);
        date(a.to(), out);
        out.writeInt(a.partners().size());
        for (Partner p : a.partners()) {
            text(p.id(), out);
            text(p.name(), out);
            date(p.joined(), out);
            date(p.left(), out);
        }
        out.writeInt(a.focusAreas().size());
        for (FocusArea f : a.focusAreas()) {
            text(f.id(), out);
            text(f.name(), out);
            date(f.from(), out);
            date(f.to(), out);
            out.writeInt(f.homes().size());
            for (FocusArea.Home h : f.homes()) {
                text(h.municipality(), out);
                date(h.from(), out);
                date(h.to(), out);
            }
        }
        out.writeBoolean(a.chair() != null);
        if (a.chair() != null) {
            text(a.chair().municipality(), out);
            date(a.chair().from(), out);
            date(a.chair().to(), out);
        }
        text(a.secretariatHost(), out);
        texts(a.viceChairs(), out);
    }

    private static Agreement agreement(DataInput in) throws IOException {
        String name = text(in);
        LocalDate from = date(in);
        LocalDate to = date(in);
        List<Partner> partners = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            partners.add(new Partner(text(in), text(in), date(in), date(in)));
        }
        List<FocusArea> areas = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = text(in);
            String areaName = text(in);
            LocalDate areaFrom = date(in);
            LocalDate areaTo = date(in);
            List<FocusArea.Home> homes = new ArrayList<>();
            for (int j = in.readInt(); j > 0; j--) {
                homes.add(new FocusArea.Home(text(in), date(in), date(in)));
            }
            areas.add(new FocusArea(id, areaName, homes, areaFrom, areaTo));
        }
        ChairTerm chair = in.readBoolean() ? new ChairTerm(text(in), date(in), date(in)) : null;
        return new Agreement(name, from, to, partners, areas, chair, text(in), texts(in));
    }

    private static void validity(Validity v, DataOutput out) throws IOException {
        date(v.from(), out);
        date(v.to(), out);
        text(v.basis(), out);
    }

    private static Validity validity(DataInput in) throws IOException {
        return new Validity(date(in), date(in), text(in));
    }

    /** An actor id, or null; the record it goes into checks it. */
    private static void actor(String id, DataOutput out) throws IOException {
        text(id, out);
    }

    private static String actor(DataInput in) throws IOException {
        return text(in);
    }

    private static void actors(List<String> actors, DataOutput out) throws IOException {
        out.writeInt(actors.size());
        for (String a : actors) {
            actor(a, out);
        }
    }

    private static List<String> actors(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(actor(in));
        }
        return all;
    }

    private static void texts(List<String> texts, DataOutput out) throws IOException {
        out.writeInt(texts.size());
        for (String t : texts) {
            text(t, out);
        }
    }

    private static List<String> texts(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(text(in));
        }
        return all;
    }

    private static void text(String text, DataOutput out) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String text(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void date(LocalDate date, DataOutput out) throws IOException {
        out.writeBoolean(date != null);
        if (date != null) {
            out.writeLong(date.toEpochDay());
        }
    }

    private static LocalDate date(DataInput in) throws IOException {
        return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
    }
}
