package org.frontdoor.screening;

/** A manager's choice of MASH worker for a child's contact. */
public class AllocationForm {

    private String worker = "";

    public String getWorker() {
        return worker;
    }

    public void setWorker(String worker) {
        this.worker = worker == null ? "" : worker;
    }
}
