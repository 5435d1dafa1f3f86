package org.charterdesk.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.charterdesk.security.StaffMember;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's other cases, found by the same email address, the same phone number, or the same name and address;
 * only those of services the member of staff works for, so that nobody learns of a contact with a service they do
 * not work in.
 */
@Service
public class CustomerHistory {

    private static final Pageable AT_MOST = PageRequest.of(0, 50);

    private final CaseFileRepository cases;

    CustomerHistory(CaseFileRepository cases) {
        this.cases = cases;
    }

    /** Another case of the same customer, and what matched. */
    public record OtherCase(
            String reference,
            CaseKind kind,
            String serviceCode,
            String serviceName,
            CaseStatus status,
            LocalDate receivedOn,
            Instant receivedAt,
            String sameBy) {}

    /** The customer's other cases, newest first, for a case's page. */
    @Transactional(readOnly = true)
    public List<OtherCase> otherCases(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        Customer customer = c.getCustomer();
        return find(customer.getName(), customer.getEmail(), customer.getPhone(), customer.getAddress(), member)
                .stream()
                .filter(other -> !other.reference().equals(reference))
                .toList();
    }

    /** Open cases of a customer being logged, with the service they are about, to warn before logging another. */
    @Transactional(readOnly = true)
    public List<OtherCase> openCasesWith(NewCase.CustomerDetails customer, String serviceCode, StaffMember member) {
        if (customer == null || serviceCode == null) {
            return List.of();
        }
        return find(customer.name(), customer.email(), customer.phone(), customer.address(), member).stream()
                .filter(other -> other.serviceCode().equals(serviceCode)
                        && !other.status().finished())
                .toList();
    }

    private List<OtherCase> find(String name, String email, String phone, String address, StaffMember member) {
        Map<String, OtherCase> found = new LinkedHashMap<>();
        if (present(email)) {
            add(found, cases.withCustomerEmail(email.strip(), AT_MOST), c -> "the same email address");
        }
        if (present(phone)) {
            add(found, cases.withCustomerPhone(phone.replace(" ", ""), AT_MOST), c -> "the same phone number");
        }
        if (present(name) && present(address)) {
            add(
                    found,
                    cases.withCustomerNameAndAddress(name.strip(), address.strip(), AT_MOST),
                    c -> "the same name and address");
        }
        return found.values().stream()
                .filter(other -> member.maySeeService(other.serviceCode()))
                .sorted(Comparator.comparing(OtherCase::receivedAt).reversed())
                .toList();
    }

    private static void add(Map<String, OtherCase> found, List<CaseFile> matches, Function<CaseFile, String> why) {
        matches.forEach(c -> found.putIfAbsent(
                c.getReference(),
                new OtherCase(
                        c.getReference(),
                        c.getKind(),
                        c.serviceCode(),
                        c.getService().getName(),
                        c.getStatus(),
                        c.getReceivedOn(),
                        c.getReceivedAt(),
                        why.apply(c))));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
