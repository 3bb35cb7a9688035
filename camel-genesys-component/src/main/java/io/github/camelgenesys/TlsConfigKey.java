/*
 * Copyright 2026 the camel-genesys developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelgenesys;

import java.util.Arrays;
import java.util.List;
import org.apache.camel.support.jsse.BaseSSLContextParameters;
import org.apache.camel.support.jsse.FilterParameters;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SSLContextServerParameters;
import org.apache.camel.support.jsse.SecureRandomParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The value of an {@link SSLContextParameters} configuration, so that the client factory compares TLS settings by
 * what they say rather than by the {@code SSLContext} built from them (a new one on every build): equal
 * configurations share one HTTP pool, different ones get their own. Holds the configured passwords; its
 * {@code toString} shows none of them.
 * <p>
 * What cannot be read as a value is compared by identity: a {@code TrustManager} instance, and the client
 * parameters (their SNI host names have no public getter), so two such configurations share a pool only when they
 * are the same objects.
 */
final class TlsConfigKey {

    private final List<Object> value;

    private TlsConfigKey(List<Object> value) {
        this.value = value;
    }

    static TlsConfigKey of(SSLContextParameters p) {
        return new TlsConfigKey(values(
                base(p),
                p.getProvider(),
                p.getSecureSocketProtocol(),
                p.getCertAlias(),
                keyManagers(p.getKeyManagers()),
                trustManagers(p.getTrustManagers()),
                secureRandom(p.getSecureRandom()),
                p.getClientParameters(),
                server(p.getServerParameters())));
    }

    private static List<Object> base(BaseSSLContextParameters p) {
        return values(
                p.getCipherSuites() == null ? null : p.getCipherSuites().getCipherSuite(),
                filter(p.getCipherSuitesFilter()),
                p.getSecureSocketProtocols() == null
                        ? null
                        : p.getSecureSocketProtocols().getSecureSocketProtocol(),
                filter(p.getSecureSocketProtocolsFilter()),
                p.getSessionTimeout());
    }

    private static List<Object> filter(FilterParameters f) {
        return f == null ? null : values(f.getInclude(), f.getExclude());
    }

    private static List<Object> keyManagers(KeyManagersParameters k) {
        return k == null
                ? null
                : values(keyStore(k.getKeyStore()), k.getKeyPassword(), k.getProvider(), k.getAlgorithm());
    }

    private static List<Object> trustManagers(TrustManagersParameters t) {
        return t == null
                ? null
                : values(keyStore(t.getKeyStore()), t.getProvider(), t.getAlgorithm(), t.getTrustManager());
    }

    private static List<Object> keyStore(KeyStoreParameters k) {
        return k == null ? null : values(k.getType(), k.getPassword(), k.getProvider(), k.getResource());
    }

    private static List<Object> secureRandom(SecureRandomParameters r) {
        return r == null ? null : values(r.getAlgorithm(), r.getProvider());
    }

    private static List<Object> server(SSLContextServerParameters s) {
        return s == null ? null : values(base(s), s.getClientAuthentication());
    }

    /** A list that may hold nulls, with value equality. */
    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TlsConfigKey other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "TlsConfigKey[" + Integer.toHexString(hashCode()) + "]";
    }
}
