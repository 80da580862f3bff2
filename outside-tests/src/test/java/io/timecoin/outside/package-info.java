/**
 * Tests from the outside: tools nobody on this project wrote (Schemathesis, Fabric's peer CLI, the
 * Node fabric-gateway package) against the real native network and its three APIs that the build
 * brings up. They find what our own tests agree with us on.
 */
package io.timecoin.outside;
