class Model:
    def eval(self):
        return self


Model().eval()
model = Model()
model.eval()
