package org.charterdesk.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff passwords are stored with bcrypt, a deliberately slow hash, instead of the engine's default salted SHA-512;
 * a password stored the old way still checks. This is the engine's documented way to change its hashing.
 */
@Component
class PasswordHashing extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The engine keeps its SHA-512 and SHA-1 checkers, so passwords hashed before still check.
        configuration.setPasswordEncryptor(new Bcrypt());
    }

    static final class Bcrypt implements PasswordEncryptor {

        private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

        @Override
        public String encrypt(String password) {
            return encoder.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return encoder.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return "BCRYPT";
        }
    }
}
