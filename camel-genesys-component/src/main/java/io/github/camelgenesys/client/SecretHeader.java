package io.github.camelgenesys.client;

import org.apache.hc.core5.http.message.BasicHeader;

/** A request header whose value is a credential: marked sensitive and masked in {@link #toString()}. */
final class SecretHeader extends BasicHeader {

    SecretHeader(String name, String value) {
        super(name, value, true);
    }

    @Override
    public String toString() {
        return getName() + ": ******";
    }
}
