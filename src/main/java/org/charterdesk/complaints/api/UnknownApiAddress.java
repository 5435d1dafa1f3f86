package org.charterdesk.complaints.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any API address that matches nothing answers 404 as problem details, instead of falling through to the
 * workspace's servlet and answering with a web page.
 */
@RestController
@Hidden
class UnknownApiAddress {

    @RequestMapping("/api/v1/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "The API has nothing for " + request.getMethod() + " " + request.getRequestURI());
        problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
