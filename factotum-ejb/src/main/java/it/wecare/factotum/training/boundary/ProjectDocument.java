package it.wecare.factotum.training.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipState;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ResourceBundle;

/**
 * The individual training project ("progetto formativo individuale") as a PDF in Italian, to print and
 * sign: the trainee, the promoter and its tutor, the host, its site and its tutor, the kind, the period,
 * the weekly hours and the allowance, the INAIL position and the liability policy, the occupational profile,
 * the competences with the catalog's services and the level aimed at, the activities, the facilities (the
 * driving licence), the trainee's duties and the signatures (DM 142/1998 art. 4; national guidelines of
 * 25/5/2017 and 22/1/2015). A draft says it is one.
 */
final class ProjectDocument {

    private ProjectDocument() {}

    static byte[] render(CompetencesCertificate.Issuer issuer, TraineeshipView t, int fullAllowancePercent) {
        ResourceBundle texts =
                ResourceBundle.getBundle("it.wecare.factotum.training.boundary.project", PdfParts.ITALIAN);
        PdfParts pdf = new PdfParts();
        NumberFormat number = NumberFormat.getNumberInstance(PdfParts.ITALIAN);
        number.setMaximumFractionDigits(1);
        NumberFormat euro = NumberFormat.getCurrencyInstance(PdfParts.ITALIAN);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.getString("title") + " – " + t.traineeName());
        document.addAuthor(issuer.cooperativeName());
        document.open();
        document.add(new Paragraph(issuer.cooperativeName(), pdf.bold));
        Paragraph head = new Paragraph(texts.getString("title"), pdf.title);
        head.setSpacingBefore(14);
        head.setSpacingAfter(4);
        document.add(head);
        document.add(new Paragraph(texts.getString("subtitle"), pdf.small));
        if (t.state() == TraineeshipState.DRAFT) {
            document.add(new Paragraph(texts.getString("draft"), pdf.bold));
        }

        document.add(pdf.heading(texts.getString("section.trainee")));
        document.add(pdf.fact(texts.getString("trainee"), t.traineeName()));
        document.add(pdf.fact(
                texts.getString("group"), texts.getString("group." + t.group().name())));

        document.add(pdf.heading(texts.getString("section.promoter")));
        document.add(pdf.fact(texts.getString("promoter"), issuer.promoterName()));
        document.add(pdf.fact(texts.getString("educator"), t.educatorName()));

        document.add(pdf.heading(texts.getString("section.host")));
        document.add(pdf.fact(texts.getString("host"), t.hostName()));
        document.add(pdf.fact(texts.getString("staff"), String.valueOf(t.hostStaff())));
        document.add(pdf.fact(texts.getString("site"), t.hostSite()));
        document.add(pdf.fact(texts.getString("tutor"), t.tutorName()));

        document.add(pdf.heading(texts.getString("section.terms")));
        document.add(pdf.fact(
                texts.getString("kind"), texts.getString("kind." + t.kind().name())));
        document.add(pdf.fact(
                texts.getString("period"),
                PdfParts.DAY.format(t.startsOn()) + " – " + PdfParts.DAY.format(t.endsOn())));
        document.add(pdf.fact(
                texts.getString("weekly"),
                MessageFormat.format(texts.getString("weekly.value"), number.format(t.weeklyHours()))));
        document.add(pdf.fact(
                texts.getString("allowance"),
                MessageFormat.format(
                        texts.getString("allowance.value"),
                        euro.format(t.monthlyAllowance() == null ? BigDecimal.ZERO : t.monthlyAllowance()),
                        String.valueOf(fullAllowancePercent))));

        document.add(pdf.heading(texts.getString("section.insurance")));
        document.add(pdf.fact(texts.getString("inail"), t.inailPosition()));
        document.add(pdf.fact(texts.getString("liability"), t.liabilityPolicy()));

        document.add(pdf.heading(texts.getString("section.project")));
        document.add(pdf.fact(texts.getString("profile"), t.occupationalProfile()));
        Paragraph competences = new Paragraph(texts.getString("competences"), pdf.bold);
        competences.setSpacingBefore(4);
        competences.setSpacingAfter(4);
        document.add(competences);
        PdfPTable table = new PdfPTable(new float[] {4.4f, 2.8f, 1.8f});
        table.setWidthPercentage(100);
        for (String h : new String[] {"competence", "service", "target"}) {
            table.addCell(pdf.cell(texts.getString("column." + h), true));
        }
        for (TraineeshipView.Objective o : t.objectives()) {
            table.addCell(pdf.cell(o.competence(), false));
            table.addCell(pdf.cell(o.serviceName(), false));
            table.addCell(pdf.cell(texts.getString("level." + o.targetLevel()), false));
        }
        document.add(table);
        Paragraph activities = pdf.fact(texts.getString("activities"), t.activities());
        activities.setSpacingBefore(6);
        document.add(activities);
        if (t.licence() != null && t.licence().school() != null) {
            document.add(pdf.fact(
                    texts.getString("licence"),
                    MessageFormat.format(
                            texts.getString("licence.value"), t.licence().school())));
        }

        document.add(pdf.heading(texts.getString("section.duties")));
        document.add(new Paragraph(texts.getString("duties"), pdf.plain));

        document.add(pdf.heading(texts.getString("section.signatures")));
        document.add(pdf.fact(texts.getString("place"), " "));
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(10);
        signatures.addCell(pdf.signature(texts.getString("signature.trainee"), t.traineeName(), null));
        signatures.addCell(pdf.signature(texts.getString("signature.promoter"), t.educatorName(), null));
        signatures.addCell(pdf.signature(texts.getString("signature.host"), t.tutorName(), null));
        signatures.addCell(
                t.kind() == TraineeshipKind.INCLUSION
                        ? pdf.signature(texts.getString("signature.service"), null, null)
                        : pdf.blank());
        document.add(signatures);
        document.close();
        return out.toByteArray();
    }
}
