package snmpsecurity_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/snmpsecurity"
)

func TestInsecureVersion(t *testing.T) {
	analysistest.Run(t, "testdata/version", snmpsecurity.InsecureVersion)
}

func TestWeakCryptography(t *testing.T) {
	analysistest.Run(t, "testdata/crypto", snmpsecurity.WeakCryptography)
}
