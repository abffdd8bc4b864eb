package com.frameworkadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FrameworkAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrameworkAdvisorApplication.class, args);
    }
}
