/** Apache Camel component for Genesys Cloud. */
package io.github.camelgenesys;
