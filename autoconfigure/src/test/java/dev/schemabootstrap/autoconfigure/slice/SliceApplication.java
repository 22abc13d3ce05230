package dev.schemabootstrap.autoconfigure.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SliceApplication {

}
