package debugdjangosecret_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/debugdjangosecret"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", debugdjangosecret.Analyzer)
}
