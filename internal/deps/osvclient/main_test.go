package osvclient

import (
	"testing"

	"github.com/krait-dev/krait/internal/testutil/nonet"
)

// TestMain refuses every connection beyond loopback.
func TestMain(m *testing.M) { nonet.Main(m) }
