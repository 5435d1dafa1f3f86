package org.charterdesk.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.NaturalId;

/**
 * A council service (Housing, Waste and Recycling, ...). Officers and managers belong to services through
 * the groups {@code <code>-officers} and {@code <code>-managers}.
 */
@Entity
@Table(name = "council_service")
public class CouncilService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    /** A service may follow its own procedure (say Housing under the English code); null: the council's. */
    @Column(name = "procedure_profile")
    private String procedureProfile;

    /** The day the service stopped taking new contacts; none: it takes them. */
    private LocalDate retiredOn;

    @Version
    private long version;

    protected CouncilService() {}

    public CouncilService(String code, String name, ProcedureProfile procedureProfile) {
        this.code = code;
        this.name = name;
        setProcedureProfile(procedureProfile);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The service's own procedure profile, if it overrides the council's. */
    public ProcedureProfile getProcedureProfile() {
        return procedureProfile == null ? null : ProcedureProfile.fromConfig(procedureProfile);
    }

    public void setProcedureProfile(ProcedureProfile profile) {
        this.procedureProfile = profile == null ? null : profile.configName();
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Stops the service taking new contacts from the day; its cases and figures stay. */
    public void retire(LocalDate on) {
        this.retiredOn = on;
    }

    @Override
    public String toString() {
        return name;
    }
}
