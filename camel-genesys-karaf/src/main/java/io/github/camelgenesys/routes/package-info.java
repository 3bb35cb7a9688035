/**
 * Loads Camel routes from a watched directory of YAML files: a file dropped in is deployed, an edited file is
 * redeployed, a deleted file's routes are removed. Works in plain Camel and, through the bundle's Blueprint
 * descriptor, in Apache Karaf.
 */
package io.github.camelgenesys.routes;
