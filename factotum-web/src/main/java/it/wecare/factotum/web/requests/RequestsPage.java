package it.wecare.factotum.web.requests;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.requests.boundary.RequestDesk;
import it.wecare.factotum.requests.boundary.RequestQuery;
import it.wecare.factotum.requests.boundary.RequestRow;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/** The operators' queue of requests: open ones by default, the oldest first, with counts per state. */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestDesk desk;

    @Inject
    Catalog catalog;

    @Inject
    LanguageSwitch language;

    private String state = "open";
    private String service;
    private ComuneSummary comune;
    private LocalDate from;
    private LocalDate to;
    private String channel;
    private String text;

    private final LazyDataModel<RequestRow> rows = new PagedModel<>(
            (first, size, sort) -> desk.page(query(), first, size, language.getLanguage()),
            r -> String.valueOf(r.id()));

    RequestQuery query() {
        boolean one = state != null && !state.isBlank() && !"open".equals(state) && !"all".equals(state);
        return new RequestQuery(
                one ? RequestState.valueOf(state) : null,
                "all".equals(state),
                service == null || service.isBlank() ? null : service,
                comune == null ? null : comune.istatCode(),
                from,
                to,
                channel == null || channel.isBlank() ? null : Channel.valueOf(channel),
                text);
    }

    public Map<RequestState, Long> getCounts() {
        return desk.countByState();
    }

    public List<RequestState> getStates() {
        return Arrays.asList(RequestState.values());
    }

    public List<Channel> getChannels() {
        return List.of(Channel.WEB, Channel.PHONE, Channel.DESK, Channel.API);
    }

    public List<CategoryNode> getCategories() {
        return catalog.tree(language.getLanguage());
    }

    public void show(String state) {
        this.state = state;
    }

    public LazyDataModel<RequestRow> getRows() {
        return rows;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public ComuneSummary getComune() {
        return comune;
    }

    public void setComune(ComuneSummary comune) {
        this.comune = comune;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
