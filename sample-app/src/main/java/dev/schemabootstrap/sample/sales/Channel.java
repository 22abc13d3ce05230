package dev.schemabootstrap.sample.sales;

/** Where a sale was made. */
public enum Channel {

	IN_STORE, ONLINE

}
