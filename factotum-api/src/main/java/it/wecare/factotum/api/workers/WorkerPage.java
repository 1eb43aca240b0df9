package it.wecare.factotum.api.workers;

import java.io.Serializable;
import java.util.List;

/**
 * One page of public worker profiles.
 *
 * @param items the profiles of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many profiles match in all
 */
public record WorkerPage(List<WorkerProfile> items, int page, int size, long total) implements Serializable {
    public WorkerPage {
        items = List.copyOf(items);
    }
}
