package it.wecare.factotum.web.training;

import it.wecare.factotum.training.boundary.AllowanceLine;
import it.wecare.factotum.training.boundary.HoursRegister;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The month's allowance statement as CSV for the administration
 * ({@code /backoffice/admin/allowances.csv?month=2026-11}): one line per trainee with the hours planned and
 * done, the participation and the allowance due. Semicolons and decimal commas in Italian, as a spreadsheet
 * set to Italian reads them; UTF-8 with a byte-order mark. A month that is not one is a 400 that says so.
 */
@WebServlet("/backoffice/admin/allowances.csv")
public class AllowancesCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    HoursRegister register;

    @Inject
    LanguageSwitch language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        YearMonth month;
        try {
            month = YearMonth.parse(String.valueOf(request.getParameter("month")));
        } catch (DateTimeParseException e) {
            // said plainly, naming the field (the month field of the page never sends this; a typed address may)
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter()
                    .write(Texts.get(locale, "allowances.field.month") + ": "
                            + Texts.get(locale, "allowances.error.month"));
            return;
        }
        List<AllowanceLine> lines = register.statement(month);
        boolean italian = !"en".equals(locale.getLanguage());
        DecimalFormat number =
                new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(italian ? Locale.ITALY : Locale.UK));
        DecimalFormat money =
                new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(italian ? Locale.ITALY : Locale.UK));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"indennita-" + month + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL
                .builder()
                .setDelimiter(italian ? ';' : ',')
                .setHeader(
                        List.of("id", "trainee", "host", "state", "monthly", "planned", "done", "participation", "due")
                                .stream()
                                .map(c -> Texts.get(locale, "allowances.column." + c))
                                .toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            BigDecimal total = BigDecimal.ZERO;
            for (AllowanceLine l : lines) {
                csv.printRecord(
                        l.traineeshipId(),
                        l.traineeName(),
                        l.hostName(),
                        Texts.get(locale, "traineeshipState." + l.state().name()),
                        money.format(l.monthlyAllowance()),
                        number.format(l.planned()),
                        number.format(l.done()),
                        l.participation().toPlainString(),
                        money.format(l.due()));
                total = total.add(l.due());
            }
            csv.printRecord("", Texts.get(locale, "allowances.total"), "", "", "", "", "", "", money.format(total));
        }
    }
}
