package it.wecare.factotum.platform.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer list, for lazy tables.
 *
 * @param items the records of this page
 * @param total how many records the whole list has
 */
public record Page<T>(List<T> items, long total) implements Serializable {
    public Page {
        items = List.copyOf(items);
    }
}
