package org.charterdesk.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * JSON as the API accepts it: strictly UTF-8 (an overlong or broken byte sequence is malformed, not quietly read as
 * another character), with no key given twice ({@code spring.jackson.parser.strict-duplicate-detection}), and with
 * no half of a character (an unpaired surrogate) in any text.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    @Bean
    SimpleModule wholeCharactersOnly() {
        return new SimpleModule("whole characters only").addDeserializer(String.class, new WholeCharacters());
    }

    @Bean
    MappingJackson2HttpMessageConverter strictUtf8Json(ObjectMapper json) {
        return new StrictUtf8Converter(json);
    }

    /** Text values with an unpaired surrogate are refused: it is half of a character, not a character. */
    static final class WholeCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && hasUnpairedSurrogate(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "half of a character");
            }
            return text;
        }

        private static boolean hasUnpairedSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Reads the body as UTF-8 with every malformed sequence reported, before Jackson sees it. */
    static final class StrictUtf8Converter extends MappingJackson2HttpMessageConverter {

        StrictUtf8Converter(ObjectMapper json) {
            super(json);
        }

        @Override
        public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
            byte[] body = input.getBody().readAllBytes();
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new HttpMessageNotReadableException("The request body is not valid UTF-8", e, input);
            }
            return super.read(type, contextClass, new HttpInputMessage() {
                @Override
                public InputStream getBody() {
                    return new ByteArrayInputStream(body);
                }

                @Override
                public HttpHeaders getHeaders() {
                    return input.getHeaders();
                }
            });
        }
    }
}
