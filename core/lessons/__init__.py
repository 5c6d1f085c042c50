"""What the lecture's pages compute besides training a family: circuits, the perceptron rule, parity and the
sawtooth, learning curves, the CNN's inductive-bias experiments and "look inside" views, the ImageNet demo."""
