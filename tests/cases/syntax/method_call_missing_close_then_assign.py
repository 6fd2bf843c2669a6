class Config:
    def load(self):
        self.data = json.load(open(self.path)
        return self.data
