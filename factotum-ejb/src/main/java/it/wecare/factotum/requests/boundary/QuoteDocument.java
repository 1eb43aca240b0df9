package it.wecare.factotum.requests.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The PDF copy of a quote, in the client's language: the cooperative, the request, the lines, the totals
 * per IVA rate and overall, the validity. Built with OpenPDF's standard fonts (no font files to ship).
 */
final class QuoteDocument {

    private static final Color INK = new Color(0x1f, 0x2a, 0x30);
    private static final Color ACCENT = new Color(0x14, 0x66, 0x5a);
    private static final Color RULE = new Color(0xd6, 0xdd, 0xe1);

    /** What the document says besides the quote itself. */
    record Heading(
            String cooperativeName,
            String cooperativeEmail,
            String cooperativePhone,
            String number,
            String clientName,
            String serviceName,
            String place,
            String language)
            implements Serializable {}

    private QuoteDocument() {}

    static byte[] render(Heading heading, QuoteView quote) {
        Locale locale = "en".equals(heading.language()) ? Locale.UK : Locale.ITALY;
        ResourceBundle texts = ResourceBundle.getBundle(
                "it.wecare.factotum.requests.boundary.quote",
                "en".equals(heading.language()) ? Locale.ENGLISH : Locale.ITALIAN);
        NumberFormat euro = NumberFormat.getCurrencyInstance(locale);
        euro.setCurrency(Currency.getInstance("EUR"));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(3);
        DateTimeFormatter day =
                DateTimeFormatter.ofPattern("en".equals(heading.language()) ? "d MMMM yyyy" : "d MMMM yyyy", locale);

        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, ACCENT);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, INK);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10, INK);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, INK);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.getString("title") + " " + heading.number());
        document.addAuthor(heading.cooperativeName());
        document.open();
        document.add(new Paragraph(heading.cooperativeName(), bold));
        document.add(new Paragraph(heading.cooperativeEmail() + " · " + heading.cooperativePhone(), small));
        Paragraph head = new Paragraph(
                texts.getString("title") + " · " + texts.getString("request") + " " + heading.number(), title);
        head.setSpacingBefore(18);
        head.setSpacingAfter(10);
        document.add(head);
        document.add(fact(texts.getString("client"), heading.clientName(), bold, plain));
        document.add(fact(texts.getString("service"), heading.serviceName(), bold, plain));
        document.add(fact(texts.getString("place"), heading.place(), bold, plain));
        if (quote.sentAt() != null) {
            document.add(fact(
                    texts.getString("issued"),
                    day.format(LocalDate.ofInstant(quote.sentAt(), Transitions.ITALY)),
                    bold,
                    plain));
        }
        document.add(fact(texts.getString("validUntil"), day.format(quote.validUntil()), bold, plain));
        document.add(fact("", texts.getString("state." + quote.state().name()), bold, bold));

        PdfPTable lines = new PdfPTable(new float[] {46, 12, 16, 9, 17});
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(16);
        lines.setHeaderRows(1);
        for (String key : new String[] {"description", "quantity", "unitPrice", "iva", "amount"}) {
            PdfPCell cell = cell(
                    texts.getString(key), bold, key.equals("description") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBorderWidthBottom(1.2f);
            cell.setBorderColorBottom(ACCENT);
            lines.addCell(cell);
        }
        for (QuoteView.Line line : quote.lines()) {
            lines.addCell(cell(line.description(), plain, Element.ALIGN_LEFT));
            lines.addCell(cell(number.format(line.quantity()), plain, Element.ALIGN_RIGHT));
            lines.addCell(cell(euro.format(line.unitPrice()), plain, Element.ALIGN_RIGHT));
            lines.addCell(cell(percent(line.ivaRate()), plain, Element.ALIGN_RIGHT));
            lines.addCell(cell(euro.format(line.net()), plain, Element.ALIGN_RIGHT));
        }
        document.add(lines);

        PdfPTable totals = new PdfPTable(new float[] {70, 30});
        totals.setWidthPercentage(60);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.setSpacingBefore(12);
        for (QuoteView.Rate rate : quote.rates()) {
            totals.addCell(cell(texts.getString("taxableAt") + " " + percent(rate.rate()), plain, Element.ALIGN_LEFT));
            totals.addCell(cell(euro.format(rate.taxable()), plain, Element.ALIGN_RIGHT));
            totals.addCell(cell(texts.getString("ivaAt") + " " + percent(rate.rate()), plain, Element.ALIGN_LEFT));
            totals.addCell(cell(euro.format(rate.iva()), plain, Element.ALIGN_RIGHT));
        }
        totals.addCell(cell(texts.getString("net"), bold, Element.ALIGN_LEFT));
        totals.addCell(cell(euro.format(quote.net()), bold, Element.ALIGN_RIGHT));
        totals.addCell(cell(texts.getString("ivaTotal"), bold, Element.ALIGN_LEFT));
        totals.addCell(cell(euro.format(quote.iva()), bold, Element.ALIGN_RIGHT));
        PdfPCell totalLabel = cell(texts.getString("total"), title, Element.ALIGN_LEFT);
        PdfPCell totalValue = cell(euro.format(quote.total()), title, Element.ALIGN_RIGHT);
        totalLabel.setBorderWidthTop(1.2f);
        totalLabel.setBorderColorTop(ACCENT);
        totalValue.setBorderWidthTop(1.2f);
        totalValue.setBorderColorTop(ACCENT);
        totals.addCell(totalLabel);
        totals.addCell(totalValue);
        if (quote.goodsCredit().signum() > 0) {
            totals.addCell(cell(texts.getString("goodsCredit"), plain, Element.ALIGN_LEFT));
            totals.addCell(cell("− " + euro.format(quote.goodsCredit()), plain, Element.ALIGN_RIGHT));
            totals.addCell(cell(texts.getString("amountDue"), title, Element.ALIGN_LEFT));
            totals.addCell(cell(euro.format(quote.amountDue()), title, Element.ALIGN_RIGHT));
        }
        document.add(totals);

        Paragraph footer = new Paragraph(texts.getString("footer"), small);
        footer.setSpacingBefore(24);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph fact(String label, String value, Font labelFont, Font valueFont) {
        Paragraph p = new Paragraph();
        if (!label.isEmpty()) {
            p.add(new Phrase(label + ": ", labelFont));
        }
        p.add(new Phrase(value == null ? "" : value, valueFont));
        return p;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + " %";
    }
}
