package bindallinterfaces_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/bindallinterfaces"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", bindallinterfaces.Analyzer)
}
