package io.github.camelgenesys.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The OAuth token endpoint's response (client-credentials grant). Never log or print an instance's token. */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("error") String error,
        @JsonProperty("description") String description,
        @JsonProperty("error_description") String errorDescription) {

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", error=" + error + "]";
    }
}
