package org.charterdesk.charter;

public class UnknownServiceException extends IllegalArgumentException {

    private final String code;

    public UnknownServiceException(String code) {
        super("There is no service '" + code + "'");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
