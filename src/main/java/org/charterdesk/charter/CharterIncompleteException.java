package org.charterdesk.charter;

/** The charter lacks a standard that the complaints procedure needs. */
public class CharterIncompleteException extends IllegalStateException {

    public CharterIncompleteException(String message) {
        super(message);
    }
}
