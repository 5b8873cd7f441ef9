// Package nonet guarantees that a test binary makes no connection beyond
// the loopback interface.
//
// Use it from TestMain:
//
//	func TestMain(m *testing.M) { nonet.Main(m) }
//
// Main replaces http.DefaultTransport with a clone whose dialer is a
// Guard. internal/httpclient builds its transports by cloning
// http.DefaultTransport, so every client product code builds in such a test
// binary dials through the guard too. A dial to anything but a loopback
// address (or the name "localhost") fails at once, without a DNS lookup or
// a packet sent, and is recorded; after the tests ran, Main prints every
// refused address and makes the binary fail even when the code under test
// swallowed the error.
package nonet

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// RefusedError is the error of a dial the Guard refused.
type RefusedError struct {
	Network, Addr string
}

// Error implements error.
func (e *RefusedError) Error() string {
	return fmt.Sprintf("nonet: test tried to dial %s %s: only loopback connections are allowed in tests", e.Network, e.Addr)
}

// Guard dials loopback addresses and refuses every other one. The zero
// value is ready to use.
type Guard struct {
	mu      sync.Mutex
	refused []string
	dialer  net.Dialer
}

// Allowed reports whether a dial of addr ("host:port", or a path for unix
// sockets) on network stays on this machine: a unix socket, a loopback IP
// address, or the name "localhost" (or a name under ".localhost"). Other
// names are refused without resolving them.
func Allowed(network, addr string) bool {
	if strings.HasPrefix(network, "unix") {
		return true
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	if i := strings.IndexByte(host, '%'); i >= 0 { // IPv6 zone
		host = host[:i]
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// DialContext dials addr when Allowed, and otherwise records it and
// returns a *RefusedError.
func (g *Guard) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if !Allowed(network, addr) {
		g.mu.Lock()
		g.refused = append(g.refused, network+" "+addr)
		g.mu.Unlock()
		return nil, &RefusedError{Network: network, Addr: addr}
	}
	return g.dialer.DialContext(ctx, network, addr)
}

// Refused returns the dials refused so far ("network addr"), in order.
func (g *Guard) Refused() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]string(nil), g.refused...)
}

// Transport returns a clone of base (http.DefaultTransport's settings when
// base is nil) that dials through g. Its proxy setting is cleared: a proxy
// from the environment would be a non-loopback dial anyway, and loopback
// servers are never proxied.
func (g *Guard) Transport(base *http.Transport) *http.Transport {
	var t *http.Transport
	if base != nil {
		t = base.Clone()
	} else if dt, ok := http.DefaultTransport.(*http.Transport); ok {
		t = dt.Clone()
	} else {
		t = &http.Transport{ForceAttemptHTTP2: true, TLSHandshakeTimeout: 10 * time.Second}
	}
	t.Proxy = nil
	t.DialContext = g.DialContext
	t.DialTLSContext = nil
	t.Dial = nil    //nolint:staticcheck // cleared so DialContext is used
	t.DialTLS = nil //nolint:staticcheck // cleared so DialContext is used
	return t
}

// Install replaces http.DefaultTransport with g's transport and returns a
// function restoring the previous one. It changes process-wide state: call
// it from TestMain only, before any test runs.
func (g *Guard) Install() (restore func()) {
	prev := http.DefaultTransport
	var base *http.Transport
	if t, ok := prev.(*http.Transport); ok {
		base = t
	}
	http.DefaultTransport = g.Transport(base)
	return func() { http.DefaultTransport = prev }
}

// Main installs a Guard, runs the tests and exits. The exit status is
// m.Run's, or 1 when any non-loopback dial was attempted; each refused
// address is printed to stderr.
func Main(m *testing.M) {
	os.Exit(run(m, os.Stderr))
}

// run is Main without the exit, for its own test.
func run(m interface{ Run() int }, stderr io.Writer) int {
	g := &Guard{}
	restore := g.Install()
	code := m.Run()
	restore()
	if refused := g.Refused(); len(refused) > 0 {
		for _, a := range refused {
			fmt.Fprintf(stderr, "nonet: FAIL: a test tried to reach the network: %s\n", a)
		}
		if code == 0 {
			code = 1
		}
	}
	return code
}
