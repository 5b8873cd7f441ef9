package flaskdebugtrue_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/flaskdebugtrue"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", flaskdebugtrue.Analyzer)
}
