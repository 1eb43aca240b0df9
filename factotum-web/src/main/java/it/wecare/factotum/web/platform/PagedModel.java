package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table over a boundary query that returns one {@link Page} at a time: the rows of the
 * page shown and the total, so entities stay in the EJB module and only records reach the page.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads rows {@code first} to {@code first + size}, in the order of {@code sort} (null: the default). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int size, SortMeta sort);
    }

    /** The key of a row, for selection and paging. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PagedModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, loader.load(0, 1, null).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort =
                sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        Page<T> page = loader.load(first, pageSize, sort);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }
}
